using TruckFactor.Analysis.Classification;
using TruckFactor.Analysis.Doa;
using TruckFactor.Analysis.Identities;

namespace TruckFactor.Analysis;

/// <summary>Every choice the analysis makes, gathered from a profile and the user's additions.</summary>
public sealed record AnalysisOptions
{
    /// <summary>Gets the profile these options came from.</summary>
    public AnalysisProfile Profile { get; init; }

    /// <summary>Gets the DOA model and greedy settings.</summary>
    public DoaOptions Doa { get; init; } = DoaOptions.Paper;

    /// <summary>Gets how identities are merged and which are left out.</summary>
    public IdentityOptions Identity { get; init; } = new();

    /// <summary>
    /// Gets a value indicating whether each file follows its own lineage through renames (default profile), rather
    /// than inheriting every record ever made at any path it was renamed from (reference profile).
    /// </summary>
    public bool FollowLineages { get; init; }

    /// <summary>Gets which files are analysed: the classifier and the user's include and exclude patterns.</summary>
    public ClassifierOptions Classifier { get; init; } = new();

    /// <summary>Gets the instant before which records are not credited (they still carry files through renames);
    /// null credits the whole history.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>
    /// Gets the age, counted back from the analysed commit's date, at which a delivery (a change that is not the
    /// creation) weighs half as much; null gives every delivery the same weight, as the paper does.
    /// </summary>
    public TimeSpan? HalfLife { get; init; }

    /// <summary>Builds the options of a profile.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="aliases">Mailmap-format alias text to merge more identities, or null.</param>
    /// <returns>The options.</returns>
    public static AnalysisOptions For(AnalysisProfile profile, string? aliases = null)
    {
        return profile switch
        {
            AnalysisProfile.Reference => new AnalysisOptions
            {
                Profile = profile,
                Doa = DoaOptions.ReferenceTool,
                Identity = new IdentityOptions { Aliases = aliases, ReferenceNames = true },
                FollowLineages = false,
                Classifier = ClassifierOptions.None,
            },
            AnalysisProfile.Default => new AnalysisOptions
            {
                Profile = profile,
                Doa = DoaOptions.Paper,
                Identity = new IdentityOptions
                {
                    Aliases = aliases,
                    ExcludeBots = true,
                    SplitPairs = true,
                    IgnorePlaceholderEmails = true,
                    GenericNames = IdentityOptions.CommonGenericNames,
                },
                FollowLineages = true,
                Classifier = new ClassifierOptions(),
            },
            _ => throw new ArgumentOutOfRangeException(nameof(profile), profile, "Unknown analysis profile."),
        };
    }
}
