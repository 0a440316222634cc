; Inno Setup 6 script for Executrek Field (Windows 10 1809+ / 11, x64).
;
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\executrek /DOutputDir=..\..\dist ^
;        /DIconFile=..\..\build\icons\executrek.ico installers\windows\executrek.iss
;
; * Per-user install by default (no administrator rights): {autopf} is
;   %LOCALAPPDATA%\Programs, the Start-menu entry goes to the user's Programs folder.
;   Administrators may choose "all users" in the dialog or with /ALLUSERS.
; * Uninstall removes the program folder only. The user's data
;   (%LOCALAPPDATA%\Executrek\ExecutrekField: database, photos, backups, settings, logs)
;   is never touched, so a reinstall or upgrade finds everything where it was.
; * No file associations: the app's exports are standard formats (.xlsx, .csv, .pdf,
;   .bcfzip) that belong to the user's own applications.
; * Silent install for IT: setup.exe /VERYSILENT /CURRENTUSER (or /ALLUSERS).
#ifndef AppVersion
  #error Pass /DAppVersion=<version>
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\executrek"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\executrek.ico"
#endif

[Setup]
; AppId identifies the product for upgrades and uninstall: never change it.
AppId={{8F2B6C1E-3D4A-4E7B-9A51-6C0F2E8D7B13}
AppName=Executrek Field
AppVersion={#AppVersion}
AppVerName=Executrek Field {#AppVersion}
AppPublisher=Executrek
AppPublisherURL=https://executrek.example/field
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Executrek Field
DefaultGroupName=Executrek Field
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
OutputDir={#OutputDir}
OutputBaseFilename=ExecutrekField-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\executrek.exe
UninstallDisplayName=Executrek Field
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
LicenseFile={#SourceDir}\licenses\NOTICES.txt

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: no stale library of the previous version stays.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Executrek Field"; Filename: "{app}\executrek.exe"; Comment: "Site inspections, change orders, contractor issues and punch lists"
Name: "{autodesktop}\Executrek Field"; Filename: "{app}\executrek.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\executrek.exe"; Description: "{cm:LaunchProgram,Executrek Field}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder; the user's data lives elsewhere and stays.
Type: dirifempty; Name: "{app}"
