namespace TruckFactor.Analysis.Doa;

/// <summary>
/// The coefficients and thresholds of the degree-of-authorship model and the greedy truck factor, from Avelino,
/// Passos, Hora and Valente, "A Novel Approach for Estimating Truck Factors", ICPC 2016 (Sections II and III).
/// Every number of the algorithm lives here.
/// </summary>
public sealed record DoaOptions
{
    /// <summary>Gets the paper's values.</summary>
    public static DoaOptions Paper { get; } = new();

    /// <summary>
    /// Gets the values as the reference tool applies them today: the absolute threshold read as a 32-bit float
    /// from its configuration, and pruning of minor truck-factor developers.
    /// </summary>
    public static DoaOptions ReferenceTool { get; } = new()
    {
        AbsoluteAuthorThreshold = (double)3.293f,
        PruneMinorAuthors = true,
    };

    /// <summary>Gets the constant term of the DOA model (3.293).</summary>
    public double Intercept { get; init; } = 3.293;

    /// <summary>Gets the weight of first authorship, FA (1.098).</summary>
    public double FirstAuthorshipWeight { get; init; } = 1.098;

    /// <summary>Gets the weight of the developer's own deliveries, DL (0.164).</summary>
    public double DeliveriesWeight { get; init; } = 0.164;

    /// <summary>Gets the weight of the logarithm of others' changes, AC (0.321, subtracted).</summary>
    public double AcceptancesWeight { get; init; } = 0.321;

    /// <summary>
    /// Gets the absolute DOA at or above which a developer who did not create a file may author it; the paper
    /// uses the intercept (3.293). The reference tool reads it as a 32-bit float, 3.2929999828….
    /// </summary>
    public double AbsoluteAuthorThreshold { get; init; } = 3.293;

    /// <summary>Gets the normalised DOA a developer must exceed (strictly) to author a file (0.75).</summary>
    public double AuthorThreshold { get; init; } = 0.75;

    /// <summary>Gets the coverage below which the system is considered in trouble (0.5, strict).</summary>
    public double CoverageThreshold { get; init; } = 0.5;

    /// <summary>
    /// Gets a value indicating whether truck-factor developers with few files are dropped after the greedy loop,
    /// as the reference tool has done since 2018 (not part of the ICPC 2016 results).
    /// </summary>
    public bool PruneMinorAuthors { get; init; }

    /// <summary>Gets the share of the top developer's file count under which pruning drops a developer (0.1).</summary>
    public double PruneRatio { get; init; } = 0.1;

    /// <summary>Checks that every value is usable.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of its range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Intercept);
        ArgumentOutOfRangeException.ThrowIfNegative(FirstAuthorshipWeight);
        ArgumentOutOfRangeException.ThrowIfNegative(DeliveriesWeight);
        ArgumentOutOfRangeException.ThrowIfNegative(AcceptancesWeight);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(AbsoluteAuthorThreshold);
        CheckFraction(AuthorThreshold, nameof(AuthorThreshold));
        CheckFraction(CoverageThreshold, nameof(CoverageThreshold));
        CheckFraction(PruneRatio, nameof(PruneRatio));
    }

    /// <summary>Computes DOA = intercept + FA·w1 + DL·w2 − w3·ln(1 + AC).</summary>
    /// <param name="firstAuthorship">Whether the developer created the file (FA).</param>
    /// <param name="deliveries">The developer's own changes to the file (DL).</param>
    /// <param name="acceptances">Everyone else's changes to the file (AC).</param>
    /// <returns>The absolute degree of authorship.</returns>
    public double Compute(bool firstAuthorship, double deliveries, double acceptances)
    {
        return Intercept
            + (firstAuthorship ? FirstAuthorshipWeight : 0)
            + (DeliveriesWeight * deliveries)
            - (AcceptancesWeight * Math.Log(1 + acceptances));
    }

    private static void CheckFraction(double value, string name)
    {
        if (value is <= 0 or >= 1 || double.IsNaN(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must lie strictly between 0 and 1.");
        }
    }
}
