using System.CommandLine;
using Microsoft.Extensions.Configuration;
using TruckFactor.Analysis.Errors;
using TruckFactor.Harvest.Discovery;
using TruckFactor.Harvest.Validation;

namespace TruckFactor.Cli;

/// <summary>
/// <c>truckfactor discover</c>: finds repositories on GitHub (a search, an organisation, a user or a topic) and prints
/// one URL per line on standard output, ready to save as a harvest list.
/// </summary>
internal static class DiscoverCommand
{
    private const string DefaultTokenVariable = "GitHub__Token";
    private const string SettingsSection = "GitHub";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var query = new Argument<string?>("query")
        {
            Description = "A GitHub repository search, such as \"language:java stars:>1000\".",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var org = new Option<string?>("--org") { Description = "Every repository of this organisation." };
        var user = new Option<string?>("--user") { Description = "Every repository this user owns." };
        var topic = new Option<string?>("--topic") { Description = "The repositories tagged with this topic." };
        var limit = new Option<int>("--limit")
        {
            Description = $"How many repositories at most (1 to {DiscoveryQuery.MaxLimit}; search stops at "
                + $"{DiscoveryQuery.SearchResultCap}).",
            Required = true,
        };
        var sort = new Option<string?>("--sort")
        {
            Description = "stars (default for search and topics) or updated; organisations and users default to "
                + "GitHub's order.",
        };
        sort.AcceptOnlyFromAmong("stars", "updated");
        var forks = new Option<bool>("--include-forks") { Description = "Keep forks." };
        var archived = new Option<bool>("--include-archived") { Description = "Keep archived repositories." };
        var apiUrl = new Option<string?>("--api-url")
        {
            Description = "The API root (default https://api.github.com; GitHub Enterprise: https://HOST/api/v3).",
        };
        var tokenEnv = new Option<string?>("--token-env")
        {
            Description = $"The environment variable holding a GitHub token (default {DefaultTokenVariable}).",
        };
        var command = new Command("discover", "Find GitHub repositories to harvest; prints one URL per line.")
        {
            query, org, user, topic, limit, sort, forks, archived, apiUrl, tokenEnv,
        };
        command.SetAction(async (parse, token) =>
        {
            try
            {
                var discovery = QueryFor(
                    parse.GetValue(query), parse.GetValue(org), parse.GetValue(user), parse.GetValue(topic),
                    parse.GetValue(limit), parse.GetValue(sort)) with
                {
                    IncludeForks = parse.GetValue(forks),
                    IncludeArchived = parse.GetValue(archived),
                };
                // The harvest's own GitHub settings from the environment (GitHub__Token, GitHub__ApiBaseUrl, …), so a
                // GitHub Enterprise token never goes to api.github.com; the options given here override them.
                var options = new GitHubOptions();
                new ConfigurationBuilder().AddEnvironmentVariables().Build().GetSection(SettingsSection).Bind(options);
                options.Token = TokenFrom(parse.GetValue(tokenEnv)) ?? options.Token;
                options.ApiBaseUrl = parse.GetValue(apiUrl) ?? options.ApiBaseUrl;
                return await RunAsync(discovery, options, output, error, token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is TruckFactorException or ArgumentException)
            {
                return await CliErrors.ReportAsync(error, ex).ConfigureAwait(false);
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(
        DiscoveryQuery query,
        GitHubOptions options,
        TextWriter output,
        TextWriter error,
        CancellationToken token)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(100) };
        var client = new GitHubDiscoveryClient(
            http, options, TimeProvider.System, new TextWriterLogger<GitHubDiscoveryClient>(error));
        var repositories = await client.DiscoverAsync(query, new DiscoveryProgress(error), token).ConfigureAwait(false);
        foreach (var repository in repositories)
        {
            await output.WriteLineAsync(RepositoryUrlPolicy.Redact(repository)).ConfigureAwait(false);
        }

        await error.WriteLineAsync($"Found {repositories.Count} repositories.").ConfigureAwait(false);
        return 0;
    }

    /// <summary>The query of a search text or exactly one of --org, --user and --topic.</summary>
    /// <exception cref="TruckFactorException">None or several are given.</exception>
    internal static DiscoveryQuery QueryFor(
        string? search,
        string? org,
        string? user,
        string? topic,
        int limit,
        string? sort)
    {
        var given = new (DiscoveryKind Kind, string? Value)[]
        {
            (DiscoveryKind.Search, search), (DiscoveryKind.Organization, org),
            (DiscoveryKind.User, user), (DiscoveryKind.Topic, topic),
        }.Where(pair => pair.Value is not null).ToList();
        if (given.Count != 1)
        {
            throw new TruckFactorException(
                "Give exactly one of a search query, --org NAME, --user NAME or --topic NAME (for harvest, the "
                + "query goes after --discover).");
        }

        var (kind, value) = given[0];
        var searching = kind is DiscoveryKind.Search or DiscoveryKind.Topic;
        var order = sort switch
        {
            "stars" => DiscoverySort.Stars,
            "updated" => DiscoverySort.Updated,
            _ => searching ? DiscoverySort.Stars : DiscoverySort.None,
        };
        return new DiscoveryQuery(kind, value!, limit) { Sort = order };
    }

    private static string? TokenFrom(string? variable)
    {
        // A token is read only from the environment: on the command line it would show in process lists and
        // shell history.
        if (variable is null)
        {
            return null;
        }

        var token = Environment.GetEnvironmentVariable(variable);
        return string.IsNullOrWhiteSpace(token)
            ? throw new TruckFactorException(
                $"--token-env {variable}: the environment variable {variable} is not set or empty.")
            : token;
    }
}
