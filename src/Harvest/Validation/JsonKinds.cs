using System.Text.Json;

namespace TruckFactor.Harvest.Validation;

/// <summary>How request errors name a JSON value's kind and quote it.</summary>
internal static class JsonKinds
{
    // A quoted value longer than this is cut: it only has to be recognisable in the message.
    private const int MaxQuotedLength = 60;

    /// <summary>The kind of a JSON value as a message names it.</summary>
    /// <param name="element">The value.</param>
    /// <returns>boolean, object, array, string, number or null.</returns>
    public static string Of(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        _ => "null",
    };

    /// <summary>Text short enough to quote in a message.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text, or its start with an ellipsis.</returns>
    public static string Cut(string text) => text.Length <= MaxQuotedLength ? text : text[..MaxQuotedLength] + "…";
}
