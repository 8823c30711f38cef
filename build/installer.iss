; Inno Setup 6 script for 新型标准化技术组织申报助手 (sto-apply).
;
; Build the PyInstaller bundle first (dist\sto-apply\), then, from the repo root:
;   ISCC /DAppVersion=0.1.0 build\installer.iss
; The setup program lands in dist\installer\. CI passes the version read from
; app/__init__.py, which is the only place it is kept. The bundle holds the
; windowed sto-apply.exe and the console sto-apply-cli.exe (the command line),
; sharing _internal\; [Files] installs all of it.
;
; tests/test_installer.py compiles and uses this script under wine on every CI
; run (build/installer_check.py): keep ISCC free of warnings, or list the one
; you accept there with its reason.
;
; Every relative path below is relative to this script's folder (build\), which
; is Inno's default source directory, so the script works whatever the current
; directory of ISCC is.
;
; The installer is per-user by default (no UAC prompt): files go to
; %LOCALAPPDATA%\Programs\StoApply, shortcuts and the .stoa association to the
; current user's profile and HKCU\Software\Classes. An administrator may still
; install for all users from the command line with /ALLUSERS.
;
; The uninstaller removes what [Files], [Icons] and [Registry] created and
; nothing else: the user's application files (*.stoa, exports, in Documents or
; wherever they were saved) are never touched. Do not add [UninstallDelete].

#ifndef AppVersion
  ; Local builds without /DAppVersion get a version that is plainly not a release.
  #define AppVersion "0.0.0-dev"
#endif

#define AppName "新型标准化技术组织申报助手"
; The publisher shown in Apps & features and in setup.exe's properties; the same
; name as the bundle's own version resource (CompanyName in app.spec).
#define AppPublisher AppName
#define AppExeName "sto-apply.exe"
#define AppProgId "StoApply.Application"
#define AppFileExt ".stoa"
#define AppFileTypeName "申报文件"

; Windows keeps a file's version as four numbers (a.b.c.d), while AppVersion is
; the app's own version text, which may carry a pre-release such as 0.2.0rc1.
; AppVersionNumbers is its leading run of digits and dots, padded with ".0" to
; four parts: 0.2.0rc1 and 0.2.0 both give 0.2.0.0, 0.0.0-dev gives 0.0.0.0.
; Where the full text matters (Apps & features, the properties' product
; version) AppVersion itself is shown.
#define VersionEnd
#for {VersionEnd = 1; VersionEnd <= Len(AppVersion) && Pos(Copy(AppVersion, VersionEnd, 1), "0123456789.") > 0; VersionEnd++} VersionEnd
#define AppVersionNumbers Copy(AppVersion, 1, VersionEnd - 1)
#if Copy(AppVersionNumbers, Len(AppVersionNumbers), 1) == "."
  #define AppVersionNumbers Copy(AppVersionNumbers, 1, Len(AppVersionNumbers) - 1)
#endif
#define VersionDots Len(AppVersionNumbers) - Len(StringChange(AppVersionNumbers, ".", ""))
#if AppVersionNumbers == "" || VersionDots > 3 || Pos("..", AppVersionNumbers) > 0
  #error AppVersion must start with up to four numbers separated by dots (e.g. 0.2.0 or 0.2.0rc1)
#endif
#for {VersionDots = VersionDots; VersionDots < 3; VersionDots++} AppVersionNumbers = AppVersionNumbers + ".0"

[Setup]
; AppId identifies this application across versions (upgrade in place, one
; entry in Apps & features). Never change it. The doubled brace escapes "{".
AppId={{51495F32-5DA5-48F2-A56B-12740B005EF6}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppPublisher}
; Apps & features lists the application by its name alone, as the README tells
; users to find it (Inno's default would add " 版本 <version>").
UninstallDisplayName={#AppName}
; setup.exe's own properties (details tab): who made it, what it installs, and
; the numeric version Windows requires beside the full version text.
VersionInfoCompany={#AppPublisher}
VersionInfoDescription={#AppName} 安装程序
VersionInfoProductName={#AppName}
VersionInfoVersion={#AppVersionNumbers}
VersionInfoTextVersion={#AppVersion}
VersionInfoProductVersion={#AppVersionNumbers}
VersionInfoProductTextVersion={#AppVersion}
; Per-user install without elevation; /ALLUSERS on the command line still
; allows a machine-wide install by an administrator.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
; {autopf} is %LOCALAPPDATA%\Programs in per-user mode, Program Files otherwise.
; An ASCII folder name keeps the bundle's own paths free of non-ASCII text.
DefaultDirName={autopf}\StoApply
; Shortcuts go straight into the Start menu's Programs folder, no group page.
DisableProgramGroupPage=yes
; Show the (translated) welcome page; Inno 6 hides it by default.
DisableWelcomePage=no
; The bundle is 64-bit: refuse 32-bit Windows, and install in 64-bit mode.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 and later only.
MinVersion=10.0
WizardStyle=modern
SetupIconFile=..\resources\icons\app.ico
UninstallDisplayIcon={app}\{#AppExeName}
; Tell Explorer to refresh file type icons after install and uninstall.
ChangesAssociations=yes
Compression=lzma2/max
SolidCompression=yes
OutputDir=..\dist\installer
OutputBaseFilename=sto-apply-{#AppVersion}-setup

[Languages]
; Our own Simplified Chinese messages. It defines every message of Inno Setup
; 6.4's Default.isl, so a build prints no "message not defined" warning.
Name: "chinesesimplified"; MessagesFile: "ChineseSimplified.isl"

[CustomMessages]
; Specific to this installer, so kept here rather than in the language file.
FileAssocGroup=文件关联：

[Messages]
; Say plainly that uninstalling keeps the user's work.
ConfirmUninstall=确定要卸载 %1 吗？%n%n您保存的申报文件（.stoa）和输出的申报材料不会被删除。

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "fileassoc"; Description: "{cm:AssocFileExtension,{#AppName},{#AppFileExt}}"; GroupDescription: "{cm:FileAssocGroup}"

[InstallDelete]
; An upgrade must not leave the previous bundle's libraries and Qt plugins
; beside the new ones: clear the bundle's own _internal folder first. This is
; installed program code, never user data.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\sto-apply\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Registry]
; File association, as in the Inno Setup FAQ ("Creating File Associations").
; HKA is HKCU in per-user mode and HKLM in all-users mode, so this lands in the
; installing user's HKCU\Software\Classes by default.
; .stoa is our own extension: point its default value at our ProgID as well, so
; a double-click opens the application without an "Open with" prompt.
Root: HKA; Subkey: "Software\Classes\{#AppFileExt}"; ValueType: string; ValueName: ""; ValueData: "{#AppProgId}"; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: fileassoc
Root: HKA; Subkey: "Software\Classes\{#AppFileExt}\OpenWithProgids"; ValueType: string; ValueName: "{#AppProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: fileassoc
Root: HKA; Subkey: "Software\Classes\{#AppProgId}"; ValueType: string; ValueName: ""; ValueData: "{#AppFileTypeName}"; Flags: uninsdeletekey; Tasks: fileassoc
Root: HKA; Subkey: "Software\Classes\{#AppProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExeName},0"; Tasks: fileassoc
Root: HKA; Subkey: "Software\Classes\{#AppProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""; Tasks: fileassoc
; The application's own entry, shown by name in "Open with".
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey; Tasks: fileassoc
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: "{#AppFileExt}"; ValueData: ""; Tasks: fileassoc

[Run]
; Optional launch from the finished page; postinstall entries run as the user
; who started Setup, and skipifsilent keeps silent installs silent.
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
