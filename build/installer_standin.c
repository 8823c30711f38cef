/* A stand-in for the frozen sto-apply.exe / sto-apply-cli.exe, used only by
 * build/installer_check.py to try the installer under wine, where the real
 * Windows bundle cannot be built.
 *
 * Each start appends one JSON line to %TEMP%\sto-apply-args.txt:
 *   {"exe": "<its own path>", "generation": "<1 or 2>", "cmdline": "...", "args": [...]}
 * with the arguments exactly as Windows splits the command line
 * (CommandLineToArgvW), so the check can prove that a file opened through the
 * .stoa association arrives as ONE argument, spaces and Chinese included.
 *
 * Built twice by mingw: -mwindows (GUI subsystem, like the real windowed app)
 * and -mconsole -DSTANDIN_CONSOLE (like the console executable, which also
 * prints a line so the check sees its output reach the caller).
 */
#include <windows.h>
#include <shellapi.h>
#include <stdio.h>
#include <wchar.h>

#ifndef STANDIN_GENERATION
#define STANDIN_GENERATION "0"
#endif

/* UTF-16 -> UTF-8 JSON string, with the escapes JSON requires. */
static void put_json(FILE *f, const wchar_t *text) {
    fputc('"', f);
    for (const wchar_t *p = text; *p; p++) {
        if (*p == L'"' || *p == L'\\') {
            fputc('\\', f);
            fputc((char)*p, f);
        } else if (*p < 0x20) {
            fprintf(f, "\\u%04x", (unsigned)*p);
        } else {
            char utf8[8];
            /* a surrogate pair is converted as one character */
            int units = (*p >= 0xD800 && *p <= 0xDBFF && p[1]) ? 2 : 1;
            int n = WideCharToMultiByte(CP_UTF8, 0, p, units, utf8, sizeof utf8, NULL, NULL);
            fwrite(utf8, 1, (size_t)n, f);
            p += units - 1;
        }
    }
    fputc('"', f);
}

static int record(void) {
    wchar_t path[MAX_PATH + 32];
    DWORD n = GetEnvironmentVariableW(L"TEMP", path, MAX_PATH);
    if (n == 0 || n >= MAX_PATH) return 3;
    wcscat(path, L"\\sto-apply-args.txt");
    FILE *f = _wfopen(path, L"ab");
    if (!f) return 4;

    wchar_t self[MAX_PATH];
    GetModuleFileNameW(NULL, self, MAX_PATH);
    int argc = 0;
    LPWSTR cmdline = GetCommandLineW();
    LPWSTR *argv = CommandLineToArgvW(cmdline, &argc);

    fputs("{\"exe\": ", f);
    put_json(f, self);
    fputs(", \"generation\": \"" STANDIN_GENERATION "\", \"cmdline\": ", f);
    put_json(f, cmdline);
    fputs(", \"args\": [", f);
    for (int i = 1; i < argc; i++) {
        if (i > 1) fputs(", ", f);
        put_json(f, argv[i]);
    }
    fputs("]}\n", f);
    fclose(f);
    LocalFree(argv);
    return 0;
}

#ifdef STANDIN_CONSOLE
int main(void) {
    int rc = record();
    printf("sto-apply-cli stand-in generation " STANDIN_GENERATION ": recorded\n");
    return rc;
}
#else
int WINAPI WinMain(HINSTANCE instance, HINSTANCE previous, LPSTR line, int show) {
    (void)instance; (void)previous; (void)line; (void)show;
    return record();
}
#endif
