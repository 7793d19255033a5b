@echo off
rem careplan: starts the installed careplan product (Windows).
rem   careplan                  the workbench
rem   careplan check PATH...    the headless checker; careplan --help lists every command
rem The native Eclipse launcher is not on Maven Central, so this script starts the Equinox launcher jar (the
rem workbench) or the command line's own start with a Java 17+ runtime: JAVA_HOME if set, else java on the PATH.
rem It works in paths with spaces and parentheses (values with them are quoted or read through delayed expansion),
rem and gives back the command line's exit code.
setlocal EnableExtensions EnableDelayedExpansion
set "CAREPLAN_HOME=%~dp0"
if "%CAREPLAN_HOME:~-1%"=="\" set "CAREPLAN_HOME=%CAREPLAN_HOME:~0,-1%"
set "STATUS=0"
rem Japanese and English messages: UTF-8 while the script runs, the console's code page back at the end.
set "CAREPLAN_CP="
for /f "tokens=2 delims=:" %%c in ('chcp') do set "CAREPLAN_CP=%%c"
if defined CAREPLAN_CP set "CAREPLAN_CP=%CAREPLAN_CP: =%"
if defined CAREPLAN_CP set "CAREPLAN_CP=%CAREPLAN_CP:.=%"
chcp 65001 >nul 2>&1

rem Java splits a class path at every ";", the launcher's (-jar) as well as the command line's (-cp): from a folder
rem whose path has one, neither could start, and Java would say only that a class is missing (with the exit code 1
rem a check gives for problems found). Refused here, with the code of a usage or I/O error.
if not "%CAREPLAN_HOME:;=%"=="%CAREPLAN_HOME%" goto :separator

rem 1. Java: JAVA_HOME, else the PATH.
set "JAVA="
if defined JAVA_HOME if exist "!JAVA_HOME!\bin\java.exe" set "JAVA=!JAVA_HOME!\bin\java.exe"
if not defined JAVA for %%j in (java.exe java.cmd java.bat) do if not defined JAVA if not "%%~$PATH:j"=="" set "JAVA=%%~$PATH:j"
if not defined JAVA goto :nojava

rem 2. Its version: from the runtime's release file beside its bin folder (starting Java only to ask would cost every
rem command a second start of Java), else from "java -version". 1.8 and 11 are too old.
set "JAVA_VERSION="
for %%j in ("%JAVA%") do set "JAVA_RELEASE=%%~dpj..\release"
if exist "%JAVA_RELEASE%" for /f "usebackq tokens=1,* delims==" %%k in ("%JAVA_RELEASE%") do if "%%k"=="JAVA_VERSION" if not defined JAVA_VERSION set "JAVA_VERSION=%%~l"
if not defined JAVA_VERSION for /f "tokens=3" %%v in ('call "!JAVA!" -version 2^>^&1 ^| findstr /i /c:"version"') do if not defined JAVA_VERSION set "JAVA_VERSION=%%~v"
set "JAVA_MAJOR="
if defined JAVA_VERSION for /f "delims=.-+_" %%m in ("%JAVA_VERSION%") do set "JAVA_MAJOR=%%m"
if "!JAVA_MAJOR!"=="1" set "JAVA_MAJOR=8"
if defined JAVA_MAJOR (
  set /a "JAVA_NUMBER=JAVA_MAJOR" 2>nul
  if !JAVA_NUMBER! LSS 17 goto :tooold
)

rem 3. The Equinox launcher of this installation, and the command line's own start (jp.careplan.cli).
rem (Listed by dir, not looked up from inside the folder: pushd to a network path maps a drive letter that popd
rem takes away again.)
set "LAUNCHER="
set "CLI="
for /f "delims=" %%f in ('dir /b /a-d "%CAREPLAN_HOME%\plugins\org.eclipse.equinox.launcher_*.jar" 2^>nul') do set "LAUNCHER=%CAREPLAN_HOME%\plugins\%%f"
for /f "delims=" %%f in ('dir /b /a-d "%CAREPLAN_HOME%\plugins\jp.careplan.cli_*.jar" 2^>nul') do set "CLI=%CAREPLAN_HOME%\plugins\%%f"
if not defined LAUNCHER goto :nolauncher
if not defined CLI goto :nocli

rem 4. Where the user's own things go: the workspace and the evidence ledgers' heads.
if defined CAREPLAN_WORKSPACE (set "DATA=!CAREPLAN_WORKSPACE!") else set "DATA=!USERPROFILE!\.careplan\workspace"
set "HEADS=!USERPROFILE!\.careplan\ledger-heads"

rem The configuration area: the installation's own, or - where the user cannot write it (installed for all the
rem users of a PC, under Program Files) - an area of the user's own that reads the installation's as its shared
rem parent (Equinox's cascaded configuration).
set "CONFIG=%CAREPLAN_HOME%\configuration"
set "SHARED_ARGS="
type nul 2>nul >"%CONFIG%\.careplan-writable"
if not exist "%CONFIG%\.careplan-writable" goto :useronly
del "%CONFIG%\.careplan-writable" >nul 2>&1
goto :configured
:useronly
set "SHARED_ARGS="-Dosgi.sharedConfiguration.area=%CONFIG%" -Dosgi.configuration.cascaded=true"
set "CONFIG=%USERPROFILE%\.careplan\configuration"
if defined LOCALAPPDATA set "CONFIG=%LOCALAPPDATA%\careplan\configuration"
:configured

rem 5. Language: CAREPLAN_NL=ja|en, else the workbench's 表示言語 preference, else the system's.
set "NL=!CAREPLAN_NL!"
set "PREFS=!DATA!\.metadata\.plugins\org.eclipse.core.runtime\.settings\jp.careplan.ui.prefs"
if not defined NL if exist "!PREFS!" for /f "tokens=2 delims==" %%l in ('findstr /b /c:"display.language=" "!PREFS!"') do set "NL=%%l"
set "LOCALE_ARGS="
set "NL_ARGS="
set "CLI_NL_ARG="
if defined NL if /i "%NL:~0,2%"=="ja" set "LOCALE_ARGS=-Duser.language=ja -Duser.country=JP" & set "NL_ARGS=-nl ja_JP" & set "CLI_NL_ARG=-Dcareplan.nl=ja_JP"
if defined NL if /i "%NL:~0,2%"=="en" set "LOCALE_ARGS=-Duser.language=en -Duser.country=US" & set "NL_ARGS=-nl en_US" & set "CLI_NL_ARG=-Dcareplan.nl=en_US"
set "ENCODING_ARGS=-Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8"

if "%~1"=="" goto :workbench

rem The command line: a short-lived process, the client compiler and the serial collector start fastest, and the
rem runtime's own initial heap spares a large check the collections a small one cost it. It starts without OSGi
rem where the installation allows it (jp.careplan.cli.boot.Boot: the command's bundles in one class loader, the same
rem contributions and output; the workbench's bundles left out; a bundle that needs OSGi sends the command to
rem Equinox, with this configuration, as before; -Dcareplan.osgi=true always does). Its arguments go on as typed:
rem without delayed expansion (a ! in a path stays) and, for java.exe, without call (which would double a ^ in a
rem quoted argument).
setlocal DisableDelayedExpansion
if /i not "%JAVA:~-4%"==".exe" goto :clibatch
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.awt.headless=true %LOCALE_ARGS% %ENCODING_ARGS% "-Dcareplan.ledger.heads=%HEADS%" %SHARED_ARGS% "-Dcareplan.install=%CAREPLAN_HOME%" "-Dcareplan.configuration=%CONFIG%" %CLI_NL_ARG% %CAREPLAN_VMARGS% -cp "%CLI%" jp.careplan.cli.boot.Boot %*
goto :clidone
:clibatch
call "%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.awt.headless=true %LOCALE_ARGS% %ENCODING_ARGS% "-Dcareplan.ledger.heads=%HEADS%" %SHARED_ARGS% "-Dcareplan.install=%CAREPLAN_HOME%" "-Dcareplan.configuration=%CONFIG%" %CLI_NL_ARG% %CAREPLAN_VMARGS% -cp "%CLI%" jp.careplan.cli.boot.Boot %*
:clidone
endlocal & set "STATUS=%ERRORLEVEL%"
goto :end

:workbench
rem The workbench, without a console window when javaw.exe is beside java.exe.
set "JAVAW=!JAVA!"
if /i "%JAVA:~-8%"=="java.exe" if exist "%JAVA:~0,-8%javaw.exe" set "JAVAW=%JAVA:~0,-8%javaw.exe"
start "careplan" "!JAVAW!" -Xms64m !LOCALE_ARGS! !ENCODING_ARGS! "-Dcareplan.ledger.heads=!HEADS!" !SHARED_ARGS! !CAREPLAN_VMARGS! -jar "!LAUNCHER!" -install "!CAREPLAN_HOME!" -configuration "!CONFIG!" -data "!DATA!" !NL_ARGS! -application jp.careplan.ui.application -product jp.careplan.ui.product -nosplash
goto :end

:nojava
echo careplan: Java 17 以上が見つかりません。Java 17 以上（例: Eclipse Temurin 17）を入れるか、JAVA_HOME を設定してください。 / No Java 17+ runtime found: install one ^(for example Eclipse Temurin 17^) or set JAVA_HOME. 1>&2
set "STATUS=2"
goto :end

:tooold
echo careplan: Java !JAVA_VERSION! は古すぎます。Java 17 以上が必要です。 / Java !JAVA_VERSION! is too old: careplan needs Java 17 or newer. 1>&2
set "STATUS=2"
goto :end

:nolauncher
echo careplan: !CAREPLAN_HOME!\plugins に Equinox launcher がありません（インストールが壊れています）。 / The Equinox launcher is missing from !CAREPLAN_HOME!\plugins: the installation is incomplete. 1>&2
set "STATUS=2"
goto :end

:separator
echo careplan: インストール先のパスに「;」があるため起動できません（Java がクラスパスをそこで区切ります）。「;」のないフォルダに移してください: !CAREPLAN_HOME! / careplan cannot start from a folder whose path contains ';' ^(Java splits its class path there^): move it to a folder without one: !CAREPLAN_HOME! 1>&2
set "STATUS=2"
goto :end

:nocli
echo careplan: !CAREPLAN_HOME!\plugins に jp.careplan.cli がありません（インストールが壊れています）。 / jp.careplan.cli is missing from !CAREPLAN_HOME!\plugins: the installation is incomplete. 1>&2
set "STATUS=2"
goto :end

:end
if defined CAREPLAN_CP chcp !CAREPLAN_CP! >nul 2>&1
endlocal & exit /b %STATUS%
