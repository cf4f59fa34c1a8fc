using TruckFactor.Analysis.Tests.Support;

namespace TruckFactor.Harvest.Tests.Support;

/// <summary>Small repositories with chosen authors, built with git for the harvest tests.</summary>
internal static class SampleRepositories
{
    /// <summary>Alice writes three files, Bob one, Carol edits one of Alice's.</summary>
    public static GitFixture AliceMostly()
    {
        var git = new GitFixture();
        git.WriteFile("src/a.c", Content.Lines("a", 20)).WriteFile("src/b.c", Content.Lines("b", 20))
            .WriteFile("src/c.c", Content.Lines("c", 20));
        git.Commit(Person.Alice);
        git.WriteFile("src/d.c", Content.Lines("d", 20));
        git.Commit(Person.Bob);
        git.WriteFile("src/a.c", Content.Lines("a", 25));
        git.Commit(Person.Carol);
        return git;
    }

    /// <summary>Bob and Dave each write two files; a rename keeps Bob's file his.</summary>
    public static GitFixture BobAndDave()
    {
        var git = new GitFixture();
        git.WriteFile("lib/x.py", Content.Lines("x", 30)).WriteFile("lib/y.py", Content.Lines("y", 30));
        git.Commit(Person.Bob);
        git.WriteFile("lib/z.py", Content.Lines("z", 30)).WriteFile("lib/w.py", Content.Lines("w", 30));
        git.Commit(Person.Dave);
        git.Move("lib/x.py", "lib/x2.py");
        git.Commit(Person.Bob);
        return git;
    }

    /// <summary>One author only.</summary>
    public static GitFixture CarolAlone()
    {
        var git = new GitFixture();
        git.WriteFile("main.go", Content.Lines("m", 10)).WriteFile("util.go", Content.Lines("u", 10));
        git.Commit(Person.Carol);
        git.WriteFile("util.go", Content.Lines("u", 12));
        git.Commit(Person.Carol);
        return git;
    }

    /// <summary>A repository with no commits at all.</summary>
    public static GitFixture Empty() => new();
}
