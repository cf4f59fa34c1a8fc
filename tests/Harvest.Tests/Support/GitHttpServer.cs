using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TruckFactor.Harvest.Tests.Support;

/// <summary>
/// A git smart-HTTP server on 127.0.0.1 (a free port): Kestrel runs <c>git http-backend</c> as a CGI program over
/// bare repositories under one folder. With a token it answers 401 to any request whose Basic credentials are not
/// <c>x-access-token:TOKEN</c>, as GitHub does for a private repository.
/// </summary>
internal sealed class GitHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Path, string? Authorization)> _requests = new();

    private GitHttpServer(WebApplication app, string root)
    {
        _app = app;
        Root = root;
    }

    /// <summary>The folder holding the served bare repositories (owner/name.git).</summary>
    public string Root { get; }

    public string BaseUrl => _app.Urls.First();

    /// <summary>Every request's path and Authorization header, in arrival order.</summary>
    public IReadOnlyList<(string Path, string? Authorization)> Requests => [.. _requests];

    /// <summary>The Authorization header the token gives in git's Basic form.</summary>
    public static string BasicHeader(string token) =>
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("x-access-token:" + token));

    /// <summary>Starts a server; with <paramref name="redirectTo"/> it redirects every request there.</summary>
    public static async Task<GitHttpServer> StartAsync(string root, string? token, string? redirectTo = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new GitHttpServer(app, root);
        app.Run(async context =>
        {
            var authorization = context.Request.Headers.Authorization.FirstOrDefault();
            server._requests.Enqueue((context.Request.Path.Value ?? string.Empty, authorization));
            if (redirectTo is not null)
            {
                context.Response.Redirect(redirectTo + context.Request.Path + context.Request.QueryString);
                return;
            }

            if (token is not null && authorization != BasicHeader(token))
            {
                context.Response.StatusCode = 401;
                context.Response.Headers.WWWAuthenticate = "Basic realm=\"test\"";
                return;
            }

            await RunBackendAsync(context, root).ConfigureAwait(false);
        });
        await app.StartAsync().ConfigureAwait(false);
        return server;
    }

    /// <summary>Serves a bare copy of <paramref name="workingRepository"/> as owner/name.</summary>
    /// <returns>The repository's URL, as GitHub's html_url gives it (no .git).</returns>
    public string Serve(string workingRepository, string ownerAndName)
    {
        var target = Path.Combine(Root, ownerAndName + ".git");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        Git(Root, "clone", "--quiet", "--bare", workingRepository, target);
        return $"{BaseUrl}/{ownerAndName}";
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task RunBackendAsync(HttpContext context, string root)
    {
        var request = context.Request;
        var start = new ProcessStartInfo("git", "http-backend")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["GIT_PROJECT_ROOT"] = root;
        start.Environment["GIT_HTTP_EXPORT_ALL"] = "1";
        start.Environment["REQUEST_METHOD"] = request.Method;
        start.Environment["PATH_INFO"] = request.Path.Value ?? "/";
        start.Environment["QUERY_STRING"] = request.QueryString.Value?.TrimStart('?') ?? string.Empty;
        start.Environment["CONTENT_TYPE"] = request.ContentType ?? string.Empty;
        start.Environment["REMOTE_ADDR"] = "127.0.0.1";
        start.Environment["HTTP_CONTENT_ENCODING"] = request.Headers.ContentEncoding.ToString();
        start.Environment["GIT_PROTOCOL"] = request.Headers["Git-Protocol"].ToString();

        using var process = Process.Start(start)!;
        using var output = new MemoryStream();
        var reading = process.StandardOutput.BaseStream.CopyToAsync(output);
        var errors = process.StandardError.ReadToEndAsync();
        await request.Body.CopyToAsync(process.StandardInput.BaseStream).ConfigureAwait(false);
        process.StandardInput.Close();
        await reading.ConfigureAwait(false);
        await process.WaitForExitAsync().ConfigureAwait(false);
        _ = await errors.ConfigureAwait(false);
        await WriteCgiResponseAsync(context.Response, output.ToArray()).ConfigureAwait(false);
    }

    private static async Task WriteCgiResponseAsync(HttpResponse response, byte[] cgi)
    {
        // A CGI answer is header lines, a blank line, then the body.
        var text = Encoding.Latin1.GetString(cgi);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var separator = 4;
        if (end < 0)
        {
            end = text.IndexOf("\n\n", StringComparison.Ordinal);
            separator = 2;
        }

        foreach (var line in text[..Math.Max(end, 0)].Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var (name, value) = (line[..colon].Trim(), line[(colon + 1)..].Trim());
            if (name.Equals("Status", StringComparison.OrdinalIgnoreCase))
            {
                response.StatusCode = int.Parse(value[..3], System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                response.Headers[name] = value;
            }
        }

        await response.Body.WriteAsync(cgi.AsMemory(end < 0 ? 0 : end + separator)).ConfigureAwait(false);
    }

    private static void Git(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {error}");
        }
    }
}
