using TruckFactor.Analysis.Tests.Mining.Raw.Packs;
using TruckFactor.Analysis.Tests.Support;

namespace TruckFactor.Analysis.Tests.Mining.Raw;

/// <summary>
/// <see cref="TruckFactor.Analysis.Mining.Raw.RawObjectDatabase"/> against <c>git cat-file</c> on a repository
/// with two packs and loose objects: packed objects come from the C# reader, loose ones through libgit2.
/// </summary>
public sealed class RawObjectDatabaseTests
{
    [Fact]
    public void TryReadAndSize_PackedAndLooseObjects_EqualCatFile()
    {
        using var fixture = PackedHistory.Create(12);
        fixture.Git("repack", "-adq", "--depth=50", "--window=250");
        fixture.WriteFile("docs/long.txt", "replaced\n").Commit(Person.Alice);
        fixture.Git("repack", "-dq");
        fixture.WriteFile("loose.txt", "loose\n").Commit(Person.Bob);
        var expected = CatFile.All(fixture);
        var loose = CatFile.LooseIds(fixture);

        using var objects = new TruckFactor.Analysis.Mining.Raw.RawObjectDatabase(
            Path.Combine(fixture.RepositoryPath, ".git"));

        foreach (var gitObject in expected)
        {
            var id = CatFile.Key(gitObject.Id);
            Assert.True(objects.TryRead(id, out var found), gitObject.Id);
            using (found)
            {
                Assert.Equal(gitObject.Type, found.Type);
                Assert.True(gitObject.Content.AsSpan().SequenceEqual(found.Data), $"{gitObject.Id} differs");
            }

            Assert.Equal(CatFile.Size(fixture, gitObject.Id), objects.Size(id));
        }

        Assert.NotEmpty(loose);
        Assert.Equal(loose.Count, objects.LibGit2Reads);
    }

    [Fact]
    public void TryRead_AbsentObject_FalseAndNoSize()
    {
        using var fixture = PackedHistory.Create(2);
        fixture.Git("repack", "-adq");
        fixture.WriteFile("loose.txt", "loose\n").Commit(Person.Bob);
        var absent = CatFile.Key("0123456789abcdef0123456789abcdef01234567");

        using var objects = new TruckFactor.Analysis.Mining.Raw.RawObjectDatabase(
            Path.Combine(fixture.RepositoryPath, ".git"));

        Assert.False(objects.TryRead(absent, out _));
        Assert.Null(objects.Size(absent));
    }
}
