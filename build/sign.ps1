# Signs executables with signtool when the repository has a code-signing certificate.
#
#   pwsh build/sign.ps1 FILE...
#
# The certificate comes from two repository secrets, passed in as environment variables
# by the workflow: SIGN_PFX_BASE64 (the .pfx file, base64) and SIGN_PFX_PASSWORD. When
# they are absent (forks, pull requests from forks, a repository without a certificate)
# nothing is signed and a notice says so: setup.exe then shows SmartScreen's
# "未知发布者" (unknown publisher) warning, as the README's IT section explains.
# Signatures are time-stamped (RFC 3161) so they stay valid after the certificate expires.
param([Parameter(Mandatory = $true, ValueFromRemainingArguments = $true)][string[]]$Files)
$ErrorActionPreference = 'Stop'

if (-not $env:SIGN_PFX_BASE64) {
    Write-Host "::notice::No code-signing certificate in the repository secrets (SIGN_PFX_BASE64): not signed: $($Files -join ', ')"
    exit 0
}

# The newest signtool of the Windows SDK on the runner.
$signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
    Sort-Object { [version]$_.Directory.Parent.Name } | Select-Object -Last 1
if (-not $signtool) { throw "signtool.exe not found in the Windows SDK" }

$pfx = Join-Path $env:RUNNER_TEMP 'signing.pfx'
[IO.File]::WriteAllBytes($pfx, [Convert]::FromBase64String($env:SIGN_PFX_BASE64))
try {
    foreach ($file in $Files) {
        & $signtool.FullName sign /f $pfx /p $env:SIGN_PFX_PASSWORD /fd sha256 `
            /tr http://timestamp.digicert.com /td sha256 /d '新型标准化技术组织申报助手' $file
        if ($LASTEXITCODE -ne 0) { throw "signtool sign $file failed with exit code $LASTEXITCODE" }
        & $signtool.FullName verify /pa $file
        if ($LASTEXITCODE -ne 0) { throw "signtool verify $file failed with exit code $LASTEXITCODE" }
    }
} finally {
    Remove-Item $pfx -Force
}
