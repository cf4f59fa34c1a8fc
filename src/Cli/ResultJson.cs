using System.Text.Encodings.Web;
using System.Text.Json;
using TruckFactor.Analysis.Results;

namespace TruckFactor.Cli;

/// <summary>The JSON form of a result: camelCase, indented, non-ASCII paths and names kept as they are.</summary>
internal static class ResultJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(TruckFactorResult result)
    {
        return JsonSerializer.Serialize(result, Options) + Environment.NewLine;
    }

    public static TruckFactorResult? Deserialize(string json)
    {
        return JsonSerializer.Deserialize<TruckFactorResult>(json, Options);
    }
}
