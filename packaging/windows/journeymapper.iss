; Inno Setup script: a Windows installer for the one-folder bundle, with the .journey.json
; file association and a Start-menu entry.
;
;   pyinstaller --noconfirm packaging\journeymapper.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\journeymapper.iss
;
; Needs Inno Setup 6.3 or newer (x64compatible). Output: dist\journeymapper-0.1.0-windows-x86_64-setup.exe. Installs for the current user
; (no administrator rights needed); the installer offers "all users" when run as administrator.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "journeymapper"
#define AppExe "journeymapper.exe"
#define ProgId "journeymapper.JourneyMap"

[Setup]
AppId={{6A0C6F38-1D3B-4C5E-9E49-4E2B7A1C9D21}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=journeymapper developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x86_64-setup
SetupIconFile=..\..\build\icons\journeymapper.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"

[Files]
; the whole PyInstaller folder: journeymapper.exe (windowed), journeymapper-cli.exe (console)
Source: "..\..\dist\journeymapper\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Registry]
; .journey.json -> journeymapper. Windows matches the last extension (".json"), so the
; association is registered for ".json" as an OpenWithProgids entry (journeymapper is offered
; in "Open with" for every .json file) and the double-click default comes from the ProgId.
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Customer-journey map"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
