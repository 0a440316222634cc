# Build the Windows bundle (dist\executrek\) and the installer (dist\ExecutrekField-<v>-setup.exe),
# then self-test the bundle, the windowed executable, and a silent per-user install.
#
#   pwsh installers\windows\build.ps1            # python from PATH (pip install -e ".[build]")
#
# Signing (optional): set WINDOWS_CERTIFICATE_PFX (path to a .pfx) and
# WINDOWS_CERTIFICATE_PASSWORD; the executables and the installer are then signed with
# signtool and an RFC 3161 timestamp. EXECUTREK_FORBID_GPL=1 fails a bundle with x265.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$Root = (Get-Location).Path
$Py = if ($env:PYTHON) { $env:PYTHON } else { "python" }
$Dist = Join-Path $Root "dist"
$Work = Join-Path $Root "build\pyinstaller"
$Bundle = Join-Path $Dist "executrek"

function Invoke-Checked([string]$What, [scriptblock]$Block) {
    & $Block
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit $LASTEXITCODE)" }
}

$Version = (& $Py -c "from importlib.metadata import version; print(version('executrek-field'))").Trim()
Write-Host "== icons"
Invoke-Checked "make_icons" { & $Py installers\make_icons.py "$Work\icons" }
$env:EXECUTREK_ICON_DIR = "$Work\icons"

Write-Host "== bundle $Version"
Invoke-Checked "PyInstaller" { & $Py -m PyInstaller --noconfirm --clean --log-level WARN --distpath $Dist --workpath $Work installers\executrek.spec }
Invoke-Checked "licences" { & $Py installers\collect_licences.py "$Bundle\licenses" }
$Forbid = @()
if ($env:EXECUTREK_FORBID_GPL -eq "1") { $Forbid = @("--forbid-gpl") }
Invoke-Checked "check_bundle" { & $Py installers\check_bundle.py $Bundle --json "$Work\bundle.json" @Forbid }

function Sign-Files([string[]]$Files) {
    if (-not $env:WINDOWS_CERTIFICATE_PFX) { Write-Host "(not signed: WINDOWS_CERTIFICATE_PFX is not set)"; return }
    $SignTool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
        Sort-Object FullName -Descending | Select-Object -First 1
    foreach ($File in $Files) {
        Invoke-Checked "signtool $File" {
            & $SignTool.FullName sign /f $env:WINDOWS_CERTIFICATE_PFX /p $env:WINDOWS_CERTIFICATE_PASSWORD `
                /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /d "Executrek Field" $File
        }
    }
}
Sign-Files @("$Bundle\executrek.exe", "$Bundle\executrek-cli.exe")

Write-Host "== self-test (console executable)"
Invoke-Checked "self-test" { & "$Bundle\executrek-cli.exe" self-test --result-file "$Dist\self-test-windows.json" }
$Shown = (& "$Bundle\executrek-cli.exe" --version).Trim()
if ($Shown -ne "Executrek Field $Version") { throw "--version says '$Shown', expected $Version" }

Write-Host "== self-test (windowed executable: result file only)"
$Result = "$Dist\self-test-windows-gui.json"
$P = Start-Process -FilePath "$Bundle\executrek.exe" -ArgumentList @("self-test", "--result-file", "`"$Result`"") -Wait -PassThru
if ($P.ExitCode -ne 0 -or -not (Get-Content $Result -Raw | ConvertFrom-Json).ok) { throw "windowed self-test failed: $(Get-Content $Result -Raw)" }

Write-Host "== installer"
$Iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $Iscc)) { throw "Inno Setup 6 (ISCC.exe) is not installed (choco install innosetup)" }
Invoke-Checked "ISCC" { & $Iscc "/DAppVersion=$Version" "/DSourceDir=$Bundle" "/DOutputDir=$Dist" "/DIconFile=$Work\icons\executrek.ico" installers\windows\executrek.iss }
$Setup = Join-Path $Dist "ExecutrekField-$Version-setup.exe"
Sign-Files @($Setup)

Write-Host "== silent per-user install, self-test, uninstall"
$Target = Join-Path $env:LOCALAPPDATA "Programs\Executrek Field (CI)"
$P = Start-Process -FilePath $Setup -ArgumentList @("/VERYSILENT", "/SUPPRESSMSGBOXES", "/CURRENTUSER", "/NORESTART", "/DIR=`"$Target`"") -Wait -PassThru
if ($P.ExitCode -ne 0) { throw "setup exited $($P.ExitCode)" }
$Keep = Join-Path $env:LOCALAPPDATA "Executrek\ExecutrekField\keep-me.txt"
New-Item -ItemType Directory -Force (Split-Path $Keep) | Out-Null
Set-Content $Keep "user data"
Invoke-Checked "installed self-test" { & "$Target\executrek-cli.exe" self-test --result-file "$Dist\self-test-windows-installed.json" }
$P = Start-Process -FilePath "$Target\unins000.exe" -ArgumentList @("/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART") -Wait -PassThru
Start-Sleep -Seconds 3  # the uninstaller finishes removing itself in a child process
if (Test-Path "$Target\executrek.exe") { throw "uninstall left the program behind" }
if (-not (Test-Path $Keep)) { throw "uninstall removed the user's data" }
Write-Host "== done"
Get-ChildItem $Dist -File | Format-Table Name, Length
