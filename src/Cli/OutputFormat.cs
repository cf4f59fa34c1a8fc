namespace TruckFactor.Cli;

/// <summary>How <c>analyze</c> prints its result.</summary>
internal enum OutputFormat
{
    /// <summary>A readable summary and table.</summary>
    Table,

    /// <summary>The full result as JSON, for machines.</summary>
    Json,

    /// <summary>A self-contained HTML page with charts, for people.</summary>
    Html,
}
