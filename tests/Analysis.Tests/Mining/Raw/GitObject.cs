namespace TruckFactor.Analysis.Tests.Mining.Raw;

/// <summary>
/// One object as <c>git cat-file --batch</c> prints it: the independent route the raw readers are held to.
/// </summary>
/// <param name="Id">The full hexadecimal id.</param>
/// <param name="Type">The pack type number (1 commit, 2 tree, 3 blob, 4 tag).</param>
/// <param name="Content">The object's bytes.</param>
internal sealed record GitObject(string Id, int Type, byte[] Content);
