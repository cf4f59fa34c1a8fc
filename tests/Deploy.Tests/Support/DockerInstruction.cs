namespace TruckFactor.Deploy.Tests.Support;

/// <summary>One Dockerfile instruction, its continuation lines joined.</summary>
/// <param name="Keyword">The instruction in upper case: FROM, COPY, RUN …</param>
/// <param name="Arguments">Everything after the keyword.</param>
internal sealed record DockerInstruction(string Keyword, string Arguments)
{
    /// <summary>The arguments split on white space.</summary>
    public IReadOnlyList<string> Words => Arguments.Split(' ', '\t').Where(word => word.Length > 0).ToList();
}
