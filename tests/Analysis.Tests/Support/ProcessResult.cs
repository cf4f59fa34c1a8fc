using System.Text;

namespace TruckFactor.Analysis.Tests.Support;

/// <summary>What a child process printed and how it ended.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Output">Standard output, as raw bytes.</param>
/// <param name="Error">Standard error, as UTF-8 text.</param>
internal sealed record ProcessResult(int ExitCode, byte[] Output, string Error)
{
    private static readonly UTF8Encoding StrictUtf8 =
        new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Gets standard output decoded as strict UTF-8 (invalid bytes throw, so nothing is replaced).</summary>
    public string Text => StrictUtf8.GetString(Output);

    /// <summary>Returns this result when the process succeeded.</summary>
    /// <exception cref="InvalidOperationException">The exit code is not 0; the message has standard error.</exception>
    public ProcessResult ThrowIfFailed()
    {
        return ExitCode == 0 ? this : throw new InvalidOperationException($"Exit code {ExitCode}: {Error}");
    }
}
