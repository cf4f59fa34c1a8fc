using System.CommandLine;
using System.Globalization;
using TruckFactor.Analysis.Classification;
using TruckFactor.Harvest.Models;

namespace TruckFactor.Cli;

/// <summary>The command-line options shared by commands that analyse: files, co-authors and recency.</summary>
internal sealed class FileSelectionOptions
{
    private readonly Option<string[]> _include = new("--include")
    {
        Description = "Always analyse files matching this .gitignore-style pattern (repeatable), whatever the "
            + "classifier says.",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string[]> _exclude = new("--exclude")
    {
        Description = "Never analyse files matching this pattern (repeatable); wins over --include.",
    };

    private readonly Option<bool> _noClassifier = new("--no-classifier")
    {
        Description = "Analyse every file of the commit: vendored, documentation, generated, binary and data too.",
    };

    private readonly Option<bool> _classifier = new("--classifier")
    {
        Description = "Leave out vendored, documentation, generated, binary and data files even in the reference "
            + "profile (the default profile always does, unless --no-classifier).",
    };

    private readonly Option<bool> _coAuthors = new("--co-authors")
    {
        Description = "Credit people named in Co-authored-by: trailers like the commit's author.",
    };

    private readonly Option<string?> _since = new("--since")
    {
        Description = "Credit only records authored from this date on (e.g. 2020-01-01); older ones still carry "
            + "files through renames.",
    };

    private readonly Option<string?> _halfLife = new("--half-life")
    {
        Description = "Halve the weight of a change every this many days of age before the analysed commit.",
    };

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_include);
        command.Options.Add(_exclude);
        command.Options.Add(_noClassifier);
        command.Options.Add(_classifier);
        command.Options.Add(_coAuthors);
        command.Options.Add(_since);
        command.Options.Add(_halfLife);
    }

    /// <summary>Reads and checks the user's choices.</summary>
    /// <exception cref="Analysis.Errors.TruckFactorException">A value is not valid; the message says which.
    /// </exception>
    public AnalysisChoices Read(ParseResult parse)
    {
        var include = Patterns(parse.GetValue(_include), "--include");
        var exclude = Patterns(parse.GetValue(_exclude), "--exclude");
        var halfLife = HalfLife(parse.GetValue(_halfLife));

        if (parse.GetValue(_classifier) && parse.GetValue(_noClassifier))
        {
            throw new Analysis.Errors.TruckFactorException("--classifier and --no-classifier exclude each other.");
        }

        var since = parse.GetValue(_since) is { } text ? Dates.Parse(text, "--since") : (DateTimeOffset?)null;
        return new AnalysisChoices(
            include,
            exclude,
            parse.GetValue(_classifier) ? true : parse.GetValue(_noClassifier) ? false : null,
            parse.GetValue(_coAuthors),
            since,
            halfLife);
    }

    private static double? HalfLife(string? text)
    {
        if (text is null)
        {
            return null;
        }

        // Read here rather than by the parser, whose message for "abc" names .NET types.
        const NumberStyles Styles = NumberStyles.Float;
        return double.TryParse(text, Styles, CultureInfo.InvariantCulture, out var days) && days > 0
            && double.IsFinite(days)
                ? days
                : throw new Analysis.Errors.TruckFactorException(
                    $"--half-life '{text}' is not a positive number of days; write it as 180 or 30.5.");
    }

    private static List<string> Patterns(string[]? values, string option)
    {
        var patterns = new List<string>();
        foreach (var value in values ?? [])
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new Analysis.Errors.TruckFactorException(
                    $"{option} needs a pattern such as 'src/generated/**' or '*.pb.go'.");
            }

            if (!GlobPattern.TryParse(value, out _, out var invalid))
            {
                throw new Analysis.Errors.TruckFactorException(
                    $"{option} {invalid} Write it as in .gitignore, e.g. 'src/gen/**'.");
            }

            patterns.Add(value.Trim());
        }

        return patterns;
    }
}
