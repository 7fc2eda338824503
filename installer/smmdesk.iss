; Inno Setup script for smmdesk on Windows (Inno Setup 6: https://jrsoftware.org/isinfo.php).
;
; Build the bundle first on Windows, in the project folder (PowerShell):
;   py -3.11 -m venv .venv-dist
;   .venv-dist\Scripts\python -m pip install -c constraints.txt ".[dist]"
;   .venv-dist\Scripts\python -m PyInstaller --noconfirm --clean build.spec
; and let it prove itself (a window program: the exit code and the report tell; 0 means passed):
;   $env:QT_QPA_PLATFORM = "offscreen"
;   (Start-Process -Wait -PassThru dist\smmdesk-0.1.0\smmdesk.exe -ArgumentList "self-test","--report","self-test.json").ExitCode
; then compile this script (the version is passed in, from pyproject.toml):
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\smmdesk.iss
; The installer is written to dist\smmdesk-<version>-setup.exe.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "smmdesk"
#define AppExe "smmdesk.exe"

[Setup]
AppId={{6F1C9E2A-4B7D-4E55-9A3C-1D2E8F5B7C40}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=smmdesk
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
; Per-user install by default (no administrator rights needed on an agency laptop).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\resources\icons\smmdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes

[Languages]
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "association"; Description: "Открывать файлы .smmdesk в smmdesk"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The one-dir bundle made by PyInstaller from build.spec.
Source: "..\dist\smmdesk-{#AppVersion}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{#AppName} — демонстрационная база"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The database extension: double-clicking a .smmdesk file opens it (smmdesk --db "file").
Root: HKA; Subkey: "Software\Classes\.smmdesk"; ValueType: string; ValueName: ""; ValueData: "smmdesk.Database"; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\smmdesk.Database"; ValueType: string; ValueName: ""; ValueData: "База smmdesk"; Flags: uninsdeletekey; Tasks: association
Root: HKA; Subkey: "Software\Classes\smmdesk.Database\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: association
Root: HKA; Subkey: "Software\Classes\smmdesk.Database\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --db ""%1"""; Tasks: association

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Uninstalling removes the program only. The planner's databases, backups, logs and settings live
; in %APPDATA%\smmdesk and in the registry under HKCU\Software\smmdesk; they are kept, so that a
; reinstall (or a newer version) finds the work where it was.
