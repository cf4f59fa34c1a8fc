using System.Text.Json;
using System.Text.Json.Serialization;
using TruckFactor.Analysis.Mining;

namespace TruckFactor.Harvest.Storage;

/// <summary>
/// Serialization code generated at build time for commit logs: reading a stored log of 100,000 commits is what a
/// re-run of an unchanged repository costs, and generated code skips the reflection of the default serializer.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CommitLog))]
internal sealed partial class CommitLogJsonContext : JsonSerializerContext;
