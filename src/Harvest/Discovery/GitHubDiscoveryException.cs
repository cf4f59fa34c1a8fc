using TruckFactor.Analysis.Errors;

namespace TruckFactor.Harvest.Discovery;

/// <summary>
/// GitHub refused or could not answer a discovery (bad token, rate limit too long, unknown account, foreign next
/// link). The message says what to do and never contains the token.
/// </summary>
public sealed class GitHubDiscoveryException : TruckFactorException
{
    /// <summary>Initializes a new instance of the <see cref="GitHubDiscoveryException"/> class.</summary>
    public GitHubDiscoveryException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="GitHubDiscoveryException"/> class.</summary>
    /// <param name="message">What went wrong and what to do.</param>
    public GitHubDiscoveryException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="GitHubDiscoveryException"/> class.</summary>
    /// <param name="message">What went wrong and what to do.</param>
    /// <param name="innerException">The lower-level failure.</param>
    public GitHubDiscoveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
