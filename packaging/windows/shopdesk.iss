; Inno Setup script: shopdesk's Windows installer, wrapping the folder scripts/build_app.py builds.
;   iscc /DAppVersion=0.1.0 packaging\windows\shopdesk.iss     (from the repository's root, after the build)
; Per-user install (no administrator rights), a Start-menu entry, an optional desktop icon, and an uninstaller
; that removes the program only: the shop's data folder (%LOCALAPPDATA%\shopdesk, with its database and
; backups) is never touched. Built and smoke-tested by .github/workflows/installers.yml on a Windows runner.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6B0E7C52-3F4A-4C1E-9D3B-5A8E2F1C7D40}
AppName=shopdesk
AppVersion={#AppVersion}
AppPublisher=shopdesk
DefaultDirName={localappdata}\Programs\shopdesk
DefaultGroupName=shopdesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist\installer
OutputBaseFilename=shopdesk-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\shopdesk.ico
UninstallDisplayIcon={app}\shopdesk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ar"; MessagesFile: "compiler:Languages\Arabic.isl"
Name: "fa"; MessagesFile: "compiler:Languages\Persian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\shopdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\shopdesk"; Filename: "{app}\shopdesk.exe"
Name: "{group}\{cm:UninstallProgram,shopdesk}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\shopdesk"; Filename: "{app}\shopdesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\shopdesk.exe"; Description: "{cm:LaunchProgram,shopdesk}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] for the data folder, on purpose: uninstalling never deletes a shop's data.
