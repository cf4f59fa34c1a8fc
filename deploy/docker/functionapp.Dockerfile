# The function app (src/FunctionApp) on the Azure Functions host, for Kubernetes with KEDA (deploy/k8s).
# Build from the repository root (BuildKit reads functionapp.Dockerfile.dockerignore beside this file):
#   docker build -f deploy/docker/functionapp.Dockerfile -t <registry>/truckfactor-functionapp:<tag> .

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source

# Restore from the project files alone, so a change to the sources reuses the restored layer.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Analysis/Analysis.csproj src/Analysis/
COPY src/Harvest/Harvest.csproj src/Harvest/
COPY src/FunctionApp/FunctionApp.csproj src/FunctionApp/
RUN dotnet restore src/FunctionApp/FunctionApp.csproj

COPY src/Analysis/ src/Analysis/
COPY src/Harvest/ src/Harvest/
COPY src/FunctionApp/ src/FunctionApp/

# The Functions worker SDK restores and builds its generated extensions project during publish, so this step
# needs the package registry too; --no-restore would skip only the app's own restore.
RUN dotnet publish src/FunctionApp/FunctionApp.csproj -c Release -o /app -p:UseAppHost=false

FROM mcr.microsoft.com/azure-functions/dotnet-isolated:4-dotnet-isolated10.0
COPY --from=build /app /home/site/wwwroot

# LibGit2Sharp's bundled libgit2 links only glibc (libc, libdl, libpthread: ldd on the .so in
# libgit2sharp.nativebinaries) and loads OpenSSL 3 (libssl.so.3) with dlopen for https clones. The .NET base image
# carries both, because .NET itself needs OpenSSL, so nothing is installed; the build fails if that ever changes.
# git itself is not needed: libgit2 clones and fetches on its own.
RUN if ldd /home/site/wwwroot/runtimes/linux-x64/native/libgit2-*.so | grep 'not found'; then exit 1; fi \
    && ldconfig -p | grep -q 'libssl\.so\.3 ' \
    && mkdir -p /cache && chown 1654:1654 /cache

# Port 8080 instead of the image's 80 lets the host run without root; the host's start script keeps a preset
# ASPNETCORE_URLS. Clones go to /cache, a volume (emptyDir in deploy/k8s) rather than the container's layer.
ENV AzureWebJobsScriptRoot=/home/site/wwwroot \
    AzureFunctionsJobHost__Logging__Console__IsEnabled=true \
    ASPNETCORE_URLS=http://+:8080 \
    Harvest__CacheFolder=/cache
EXPOSE 8080
VOLUME /cache

# 1654 is the non-root "app" user of the .NET base images this host image is built on.
USER 1654
