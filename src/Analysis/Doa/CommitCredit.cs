namespace TruckFactor.Analysis.Doa;

/// <summary>Who is credited with one commit's records, and with what weight.</summary>
/// <param name="Developer">The author's developer id; negative when the author is left out (a bot).</param>
/// <param name="CoAuthors">Developer ids of credited co-authors other than the author; usually empty.</param>
/// <param name="Weight">
/// The weight of the commit's deliveries: 1 normally, less under a half-life decay, 0 before <c>since</c> (the
/// records then only move files through renames). A creation counts whole whenever the weight is above 0.
/// </param>
internal readonly record struct CommitCredit(int Developer, IReadOnlyList<int> CoAuthors, double Weight)
{
    /// <summary>Gets the credit of a commit by one developer at full weight.</summary>
    public static CommitCredit Of(int developer) => new(developer, [], 1);
}
