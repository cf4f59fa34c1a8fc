using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace TruckFactor.Harvest.Discovery;

/// <summary>
/// Finds repositories through the GitHub REST API (search, an organisation's or a user's list, a topic), following
/// its pages and waiting out its rate limits, and returns their URLs in GitHub's order.
/// </summary>
public sealed class GitHubDiscoveryClient
{
    // The largest page GitHub serves; fewer pages mean fewer requests against the rate limit.
    private const int PageSize = 100;

    // Rate-limit retries per request, as GitHub's guidance for secondary limits suggests a few spaced tries.
    private const int MaxRetries = 3;

    private const int MaxMessageLength = 300;

    private readonly HttpClient _httpClient;
    private readonly GitHubOptions _options;
    private readonly Uri _apiBase;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    /// <summary>Initializes a new instance of the <see cref="GitHubDiscoveryClient"/> class.</summary>
    /// <param name="httpClient">Sends the requests; its default headers are left alone.</param>
    /// <param name="options">The API root, token and waiting limits.</param>
    /// <param name="timeProvider">The clock and timer for rate-limit waits (default: the system's).</param>
    /// <param name="logger">Receives rate-limit waits and page counts (never the token).</param>
    /// <exception cref="ArgumentException">The API root is not an absolute http or https URL.</exception>
    public GitHubDiscoveryClient(
        HttpClient httpClient,
        GitHubOptions options,
        TimeProvider? timeProvider = null,
        ILogger<GitHubDiscoveryClient>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        if (!Uri.TryCreate(options.ApiBaseUrl?.TrimEnd('/'), UriKind.Absolute, out var apiBase)
            || apiBase.Scheme is not ("http" or "https") || apiBase.UserInfo.Length > 0)
        {
            throw new ArgumentException(
                $"GitHub:ApiBaseUrl '{options.ApiBaseUrl}' is not an http or https URL without user information; "
                + "give https://api.github.com or https://HOST/api/v3.",
                nameof(options));
        }

        _httpClient = httpClient;
        _options = options;
        _apiBase = apiBase;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>Finds the repositories a query names.</summary>
    /// <param name="query">What to find; checked with <see cref="DiscoveryQuery.Validate"/>.</param>
    /// <param name="progress">Receives the number of repositories found so far after each page.</param>
    /// <param name="cancellationToken">Stops the discovery, including any rate-limit wait.</param>
    /// <returns>The repositories' web URLs (which git clones), in GitHub's order, at most the query's limit.</returns>
    /// <exception cref="ArgumentException">The query cannot be used.</exception>
    /// <exception cref="GitHubDiscoveryException">
    /// GitHub refused the token or the query, a rate limit lasts too long, GitHub cannot be reached, or a next-page
    /// link leads to another host.
    /// </exception>
    public async Task<IReadOnlyList<string>> DiscoverAsync(
        DiscoveryQuery query,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        if (query.ExceedsSearchCap)
        {
            _logger.SearchCapped(query.Limit, DiscoveryQuery.SearchResultCap);
        }

        var found = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var next = FirstPage(query);
        var served = 0;
        for (var page = 1; next is not null && found.Count < query.Limit; page++)
        {
            if (!GitHubLinks.IsSameOrigin(next, _apiBase))
            {
                throw Failure(
                    $"GitHub's next-page link leads to {next.Scheme}://{next.Authority}, not to {_apiBase}; it was "
                    + "not followed, so the token goes nowhere else. Check GitHub:ApiBaseUrl (--api-url).");
            }

            using var response = await SendAsync(next, cancellationToken).ConfigureAwait(false);
            var items = await ReadItemsAsync(response, query.UsesSearch, next, cancellationToken)
                .ConfigureAwait(false);
            Keep(items, query, seen, found);
            _logger.PageRead(page, items.Count, found.Count);
            progress?.Report(found.Count);
            served += items.Count;

            // A search serves its first 1,000 results only and answers 422 for the page after them, even when its
            // Link header offers one: what was found by then is the answer.
            next = query.UsesSearch && served >= DiscoveryQuery.SearchResultCap ? null : GitHubLinks.Next(response);
        }

        return found;
    }

    private static void Keep(List<JsonElement> items, DiscoveryQuery query, HashSet<string> seen, List<string> found)
    {
        foreach (var item in items)
        {
            if (found.Count >= query.Limit)
            {
                return;
            }

            if ((!query.IncludeForks && Flag(item, "fork")) || (!query.IncludeArchived && Flag(item, "archived")))
            {
                continue;
            }

            var name = Text(item, "full_name");
            var url = Text(item, "html_url");
            if (name is not null && url is not null && seen.Add(name))
            {
                found.Add(url);
            }
        }
    }

    private static bool Flag(JsonElement item, string name)
    {
        return item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
    }

    private static string? Text(JsonElement item, string name)
    {
        return item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
    }

    private Uri FirstPage(DiscoveryQuery query)
    {
        var sort = query.Sort switch
        {
            DiscoverySort.Stars => "&sort=stars&order=desc",
            DiscoverySort.Updated => query.UsesSearch ? "&sort=updated&order=desc" : "&sort=updated&direction=desc",
            _ => string.Empty,
        };
        var name = Uri.EscapeDataString(query.Value);
        var path = query.Kind switch
        {
            DiscoveryKind.Organization => $"/orgs/{name}/repos?type=all&per_page={PageSize}{sort}",
            DiscoveryKind.User => $"/users/{name}/repos?per_page={PageSize}{sort}",
            _ => $"/search/repositories?q={SearchTerms(query)}{sort}&per_page={PageSize}&page=1",
        };
        return new Uri(_apiBase.AbsoluteUri.TrimEnd('/') + path);
    }

    private static string SearchTerms(DiscoveryQuery query)
    {
        var terms = query.Kind == DiscoveryKind.Topic ? "topic:" + query.Value : query.Value.Trim();

        // Search leaves forks out unless asked; fork:true adds them to the rest.
        return Uri.EscapeDataString(terms).Replace("%20", "+", StringComparison.Ordinal)
            + (query.IncludeForks ? "+fork:true" : string.Empty);
    }

    private async Task<HttpResponseMessage> SendAsync(Uri uri, CancellationToken cancellationToken)
    {
        for (var retry = 0; ; retry++)
        {
            var response = await SendOnceAsync(uri, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            using (response)
            {
                var message = await MessageAsync(response, cancellationToken).ConfigureAwait(false);
                var now = _timeProvider.GetUtcNow();
                var wait = GitHubRateLimit.WaitFor(response, message, retry, _options, now)
                    ?? throw Refusal(response.StatusCode, message, uri);
                if (retry >= MaxRetries)
                {
                    throw Failure(
                        $"GitHub still refused {uri.AbsolutePath} for its rate limit after {MaxRetries} waits "
                        + $"({(int)response.StatusCode}: {message}). Try again later.");
                }

                _logger.WaitingForRateLimit(Math.Round(wait.TotalSeconds, 1), now + wait);
                await Task.Delay(wait, _timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.github+json"));
        request.Headers.Add("X-GitHub-Api-Version", "2022-11-28");
        request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        if (!string.IsNullOrWhiteSpace(_options.Token))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.Token.Trim());
        }

        try
        {
            return await _httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException
                                       || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw Failure($"Could not reach GitHub at {_apiBase}: {ex.Message} Check GitHub:ApiBaseUrl (--api-url).");
        }
    }

    private async Task<List<JsonElement>> ReadItemsAsync(
        HttpResponseMessage response,
        bool search,
        Uri uri,
        CancellationToken cancellationToken)
    {
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken)
                    .ConfigureAwait(false);
                var list = search && document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("items", out var items)
                    ? items
                    : document.RootElement;
                return list.ValueKind == JsonValueKind.Array
                    ? [.. list.EnumerateArray().Select(item => item.Clone())]
                    : throw Failure($"GitHub's answer from {uri.AbsolutePath} holds no list of repositories.");
            }
        }
        catch (JsonException ex)
        {
            throw Failure($"GitHub's answer from {uri.AbsolutePath} is not JSON: {ex.Message}");
        }
    }

    private GitHubDiscoveryException Refusal(HttpStatusCode status, string message, Uri uri)
    {
        var code = $"{(int)status}: {message}";
        return status switch
        {
            HttpStatusCode.Unauthorized when !string.IsNullOrWhiteSpace(_options.Token) => Failure(
                $"The GitHub token was refused by {_apiBase} ({code}). Check that GitHub__Token (or the variable "
                + "--token-env names) holds a token that has not expired or been revoked, for this GitHub host."),
            HttpStatusCode.Unauthorized => Failure(
                $"GitHub at {_apiBase} asks for a token ({code}). Set GitHub__Token to a personal access token."),
            HttpStatusCode.NotFound => Failure(
                $"GitHub found nothing at {uri.AbsolutePath} ({code}). Check the organisation or user name, and "
                + "that the token can see it."),
            HttpStatusCode.UnprocessableEntity => Failure(
                $"GitHub rejected the search {uri.Query} ({code}). Check the query's syntax."),
            HttpStatusCode.Forbidden => Failure(
                $"GitHub refused {uri.AbsolutePath} ({code}). The token may lack access (an organisation with "
                + "single sign-on needs the token authorised for it)."),
            _ => Failure($"GitHub answered {uri.AbsolutePath} with {code}."),
        };
    }

    private static async Task<string> MessageAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("message", out var message)
                && message.ValueKind == JsonValueKind.String)
            {
                body = message.GetString() ?? string.Empty;
            }
        }
        catch (JsonException)
        {
            // Not GitHub's JSON error shape (a proxy's page, say): the start of the text is still the best clue.
        }

        body = body.ReplaceLineEndings(" ").Trim();
        return body.Length > MaxMessageLength ? body[..MaxMessageLength] + "…" : body;
    }

    private GitHubDiscoveryException Failure(string message)
    {
        // Everything in a message comes from the configuration or the server; a server could echo the token.
        var token = _options.Token?.Trim();
        return new GitHubDiscoveryException(
            string.IsNullOrEmpty(token) ? message : message.Replace(token, "***", StringComparison.Ordinal));
    }
}
