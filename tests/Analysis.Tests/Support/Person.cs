namespace TruckFactor.Analysis.Tests.Support;

/// <summary>A commit author of a fixture or a hand-built log.</summary>
/// <param name="Name">The author name as written in the commit.</param>
/// <param name="Email">The author email as written in the commit.</param>
internal sealed record Person(string Name, string Email)
{
    public static Person Alice { get; } = new("Alice", "alice@example.com");

    public static Person Bob { get; } = new("Bob", "bob@example.com");

    public static Person Carol { get; } = new("Carol", "carol@example.com");

    public static Person Dave { get; } = new("Dave", "dave@example.com");
}
