using System.Text.Encodings.Web;
using System.Text.Json;

namespace TruckFactor.Analysis.Results;

/// <summary>
/// The JSON form of a result (camelCase, indented, non-ASCII paths and names kept as they are), shared by the
/// command line and the harvest so a harvested result reads exactly like <c>truckfactor analyze --format json</c>.
/// </summary>
public static class ResultJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the result as JSON ending in a newline.</summary>
    /// <param name="result">The result to write.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(TruckFactorResult result)
    {
        return JsonSerializer.Serialize(result, Options) + Environment.NewLine;
    }

    /// <summary>Reads a result written by <see cref="Serialize"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The result, or null for the JSON literal null.</returns>
    public static TruckFactorResult? Deserialize(string json)
    {
        return JsonSerializer.Deserialize<TruckFactorResult>(json, Options);
    }
}
