# The local host as a worker (truckfactor serve --worker-only, src/Cli): runs the same orchestrations and
# activities as the function app on the same Azure Storage task hub, without the Functions host.
# Build from the repository root (BuildKit reads worker.Dockerfile.dockerignore beside this file):
#   docker build -f deploy/docker/worker.Dockerfile -t <registry>/truckfactor-worker:<tag> .

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source

# Restore from the project files alone, so a change to the sources reuses the restored layer.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Analysis/Analysis.csproj src/Analysis/
COPY src/Harvest/Harvest.csproj src/Harvest/
COPY src/LocalHost/LocalHost.csproj src/LocalHost/
COPY src/Cli/Cli.csproj src/Cli/
RUN dotnet restore src/Cli/Cli.csproj

COPY src/Analysis/ src/Analysis/
COPY src/Harvest/ src/Harvest/
COPY src/LocalHost/ src/LocalHost/
COPY src/Cli/ src/Cli/
RUN dotnet publish src/Cli/Cli.csproj -c Release -o /app --no-restore -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .

# LibGit2Sharp's bundled libgit2 links only glibc and loads OpenSSL 3 (libssl.so.3) with dlopen for https clones;
# the .NET base image carries both, so nothing is installed, and the build fails if that ever changes.
RUN if ldd /app/runtimes/linux-x64/native/libgit2-*.so | grep 'not found'; then exit 1; fi \
    && ldconfig -p | grep -q 'libssl\.so\.3 ' \
    && mkdir -p /cache && chown "$APP_UID:$APP_UID" /cache

# serve turns local paths on for its offline demo; a shared worker accepts only what the URL policy allows.
# Without AzureWebJobsStorage the worker would try to start Azurite, which this image does not have: it exits
# with a message instead, so the Deployment must supply the connection string.
ENV Harvest__CacheFolder=/cache \
    Harvest__Access__AllowLocalPaths=false \
    TRUCKFACTOR_HOME=/tmp/truckfactor
VOLUME /cache

USER $APP_UID
ENTRYPOINT ["dotnet", "truckfactor.dll", "serve", "--worker-only"]
