using System.Text.RegularExpressions;
using System.Xml.Linq;
using TruckFactor.Deploy.Tests.Support;

namespace TruckFactor.Deploy.Tests.Docker;

/// <summary>
/// The Dockerfiles of deploy/docker against the repository: paths, base images, entry point, settings and ports.
/// No image is built here (the machines running the tests cannot pull base images); these checks catch what a
/// rename or a setting change elsewhere would break.
/// </summary>
public sealed partial class DockerfileTests
{
    private static readonly ManifestSet Manifests = ManifestSet.Repository;

    public static TheoryData<string> DockerfileNames => [.. Dockerfile.Names];

    [Fact]
    public void Names_Folder_HoldsTheFunctionAppAndTheWorker()
    {
        Assert.Equal(["functionapp.Dockerfile", "worker.Dockerfile"], Dockerfile.Names);
    }

    [Theory]
    [MemberData(nameof(DockerfileNames))]
    public void Paths_EachDockerfile_ExistInTheRepository(string name)
    {
        var dockerfile = Dockerfile.Load(name);
        var paths = dockerfile.ContextSources.Concat(dockerfile.Projects).ToList();

        Assert.NotEmpty(dockerfile.Projects);
        Assert.All(paths, path =>
        {
            var full = RepositoryFiles.PathOf(path);
            Assert.True(File.Exists(full) || Directory.Exists(full), $"{name}: {path} does not exist");
        });
    }

    [Theory]
    [MemberData(nameof(DockerfileNames))]
    public void ContextSources_EachDockerfile_AreAllowedByItsDockerIgnore(string name)
    {
        // The ignore file is an allow list ("*", then "!path"): anything copied must be let through explicitly.
        var dockerfile = Dockerfile.Load(name);
        var allowed = File.ReadLines(RepositoryFiles.PathOf(dockerfile.IgnoreFile))
            .Where(line => line.StartsWith('!'))
            .Select(line => line[1..].TrimEnd('/'))
            .ToList();

        Assert.All(dockerfile.ContextSources, source =>
        {
            var path = source.TrimEnd('/');
            Assert.True(
                allowed.Any(entry => path == entry || path.StartsWith(entry + "/", StringComparison.Ordinal)),
                $"{dockerfile.IgnoreFile} does not let {source} into the build context");
        });
    }

    [Theory]
    [MemberData(nameof(DockerfileNames))]
    public void BaseImages_EveryStage_CarryTheTargetFrameworkVersion(string name)
    {
        var version = TargetFrameworkVersion();

        Assert.All(Dockerfile.Load(name).BaseImages, image =>
        {
            Assert.StartsWith("mcr.microsoft.com/", image, StringComparison.Ordinal);
            Assert.Contains(version, image, StringComparison.Ordinal);
        });
        Assert.Equal($"mcr.microsoft.com/dotnet/sdk:{version}", Dockerfile.Load(name).BaseImages[0]);
    }

    [Fact]
    public void FinalImage_FunctionApp_IsTheIsolatedFunctionsHostOfTheProjectsVersions()
    {
        var project = ProjectOf("functionapp.Dockerfile");
        var functionsVersion = project.Descendants("AzureFunctionsVersion").Single().Value.TrimStart('v');

        var image = Dockerfile.Load("functionapp.Dockerfile").BaseImages[^1];

        var tag = $"{functionsVersion}-dotnet-isolated{TargetFrameworkVersion()}";
        Assert.Equal($"mcr.microsoft.com/azure-functions/dotnet-isolated:{tag}", image);
    }

    [Fact]
    public void FinalImage_Worker_IsTheAspNetRuntime()
    {
        // The local host serves its API with ASP.NET Core (LocalHost.csproj's framework reference).
        var localHost = XDocument.Load(RepositoryFiles.PathOf("src/LocalHost/LocalHost.csproj"));
        Assert.Contains(
            localHost.Descendants("FrameworkReference"),
            reference => reference.Attribute("Include")?.Value == "Microsoft.AspNetCore.App");

        Assert.Equal(
            $"mcr.microsoft.com/dotnet/aspnet:{TargetFrameworkVersion()}",
            Dockerfile.Load("worker.Dockerfile").BaseImages[^1]);
    }

    [Fact]
    public void Entrypoint_Worker_RunsThePublishedCommandLineAsWorkerOnly()
    {
        var assembly = ProjectOf("worker.Dockerfile").Descendants("AssemblyName").Single().Value;

        var entrypoint = Dockerfile.Load("worker.Dockerfile").Of("ENTRYPOINT").Single().Arguments;

        Assert.Equal($"[\"dotnet\", \"{assembly}.dll\", \"serve\", \"--worker-only\"]", entrypoint);
    }

    [Theory]
    [MemberData(nameof(DockerfileNames))]
    public void CacheFolder_EachDockerfile_IsTheConfigMapsVolume(string name)
    {
        var dockerfile = Dockerfile.Load(name);
        var cacheFolder = Manifests.Settings["Harvest__CacheFolder"];

        Assert.Equal(cacheFolder, dockerfile.Environment["Harvest__CacheFolder"]);
        Assert.Equal(cacheFolder, dockerfile.Of("VOLUME").Single().Arguments);
    }

    [Theory]
    [MemberData(nameof(DockerfileNames))]
    public void User_EachDockerfile_IsNotRoot(string name)
    {
        var users = Dockerfile.Load(name).Of("USER");

        Assert.NotEmpty(users);
        Assert.True(users[^1].Arguments is not ("root" or "0"), $"{name} runs as {users[^1].Arguments}");
    }

    [Fact]
    public void Port_FunctionApp_IsTheDeploymentsContainerPort()
    {
        var dockerfile = Dockerfile.Load("functionapp.Dockerfile");
        var listening = PortPattern().Match(dockerfile.Environment["ASPNETCORE_URLS"]).Groups[1].Value;

        var container = Manifests.OfKind("Deployment")
            .Select(deployment => deployment.Containers().Single())
            .Single(item => item.Text("image") == "truckfactor-functionapp");
        var containerPort = container.Items("ports").Single().RequiredText("containerPort");

        Assert.Equal(listening, dockerfile.Of("EXPOSE").Single().Arguments);
        Assert.Equal(listening, containerPort);
    }

    [Theory]
    [MemberData(nameof(DockerfileNames))]
    public void NativeLibraryCheck_EachDockerfile_FindsLibgit2WhereABuildPutsIt(string name)
    {
        // The image's ldd check names libgit2 by a glob below the publish folder; this test's own output holds the
        // same LibGit2Sharp native assets (through LocalHost → Harvest → Analysis), so the glob must match there.
        var check = Dockerfile.Load(name).Of("RUN")
            .Select(run => LddPattern().Match(run.Arguments))
            .Single(match => match.Success);
        var relative = check.Groups[1].Value[check.Groups[1].Value.IndexOf("runtimes/", StringComparison.Ordinal)..];

        var folder = Path.Combine(AppContext.BaseDirectory, Path.GetDirectoryName(relative)!);
        Assert.NotEmpty(Directory.GetFiles(folder, Path.GetFileName(relative)));
    }

    /// <summary>The version in Directory.Build.props' target framework, such as 10.0 for net10.0.</summary>
    private static string TargetFrameworkVersion() =>
        XDocument.Load(RepositoryFiles.PathOf("Directory.Build.props"))
            .Descendants("TargetFramework").Single().Value["net".Length..];

    /// <summary>The project a Dockerfile publishes.</summary>
    private static XDocument ProjectOf(string name)
    {
        var publish = Dockerfile.Load(name).Of("RUN")
            .Single(run => run.Arguments.Contains("dotnet publish", StringComparison.Ordinal));
        var project = publish.Words.Single(word => word.EndsWith(".csproj", StringComparison.Ordinal));
        return XDocument.Load(RepositoryFiles.PathOf(project));
    }

    [GeneratedRegex(@":(\d+)$")]
    private static partial Regex PortPattern();

    [GeneratedRegex(@"ldd (\S+)")]
    private static partial Regex LddPattern();
}
