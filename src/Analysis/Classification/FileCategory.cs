using System.Text.Json.Serialization;

namespace TruckFactor.Analysis.Classification;

/// <summary>What the file classifier decided a file is; only <see cref="Code"/> files are analysed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FileCategory>))]
public enum FileCategory
{
    /// <summary>Source or markup of the system itself: analysed.</summary>
    [JsonStringEnumMemberName("code")]
    Code,

    /// <summary>A bundled copy of somebody else's code (vendor folders, package folders, known libraries).</summary>
    [JsonStringEnumMemberName("vendored")]
    Vendored,

    /// <summary>Documentation: doc folders, examples, README, LICENSE, CHANGELOG and the like.</summary>
    [JsonStringEnumMemberName("documentation")]
    Documentation,

    /// <summary>Written by a tool: minified files, lock files, compiler output, files marked as generated.</summary>
    [JsonStringEnumMemberName("generated")]
    Generated,

    /// <summary>Not text (git's test: a NUL byte among the first 8,000 bytes).</summary>
    [JsonStringEnumMemberName("binary")]
    Binary,

    /// <summary>Text that is not a programming or markup language: data, configuration, prose, unknown types.
    /// </summary>
    [JsonStringEnumMemberName("notCode")]
    NotCode,

    /// <summary>Left out by the user's exclude patterns.</summary>
    [JsonStringEnumMemberName("excluded")]
    Excluded,
}
