namespace TruckFactor.Analysis.Mining;

/// <summary>
/// A user name and password (or token) handed to git for one clone or fetch. Its text form leaves the password out,
/// so a credentials object that reaches a log or a message shows no secret.
/// </summary>
public sealed class GitCredentials
{
    /// <summary>Initializes a new instance of the <see cref="GitCredentials"/> class.</summary>
    /// <param name="userName">The user name, such as <c>x-access-token</c> for a GitHub token.</param>
    /// <param name="password">The password or token.</param>
    /// <exception cref="ArgumentException">Either is null or empty.</exception>
    public GitCredentials(string userName, string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(userName);
        ArgumentException.ThrowIfNullOrEmpty(password);
        UserName = userName;
        Password = password;
    }

    /// <summary>Gets the user name.</summary>
    public string UserName { get; }

    /// <summary>Gets the password or token.</summary>
    public string Password { get; }

    /// <summary>Returns the user name only.</summary>
    /// <returns>Text without the password.</returns>
    public override string ToString() => $"{UserName}:***";
}
