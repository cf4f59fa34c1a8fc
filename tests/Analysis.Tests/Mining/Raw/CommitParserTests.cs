using System.Text;
using TruckFactor.Analysis.Mining;
using TruckFactor.Analysis.Mining.Raw;

namespace TruckFactor.Analysis.Tests.Mining.Raw;

/// <summary>
/// <see cref="CommitParser"/> on raw commit bytes written by hand: the committer's seconds, and the
/// <c>Co-authored-by</c> trailers that its quick pre-check must not hide whatever their letter case. Expected
/// values are read off the bytes by hand.
/// </summary>
public sealed class CommitParserTests
{
    private const string Headers = "tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\n"
        + "author Alice <alice@example.com> 1600000000 +0200\n"
        + "committer Bob <bob@example.com> 1600000123 -0130\n\n";

    [Theory]
    [InlineData("Fix\n\nCo-authored-by: Carol <carol@example.com>\n")]
    [InlineData("Fix\n\nCO-AUTHORED-BY: Carol <carol@example.com>\n")]
    [InlineData("Fix\n\nco-Authored-By: Carol <carol@example.com>")]
    [InlineData("Co-authored-by: Carol <carol@example.com>")]
    [InlineData("re-run - x-y\n\n  cO-aUtHoReD-bY:Carol<carol@example.com>\r\n")]
    public void Parse_CoAuthorTrailerAnyLetterCase_Found(string message)
    {
        var header = Parse(Headers + message);

        Assert.NotNull(header);
        Assert.Equal([new CoAuthor("Carol", "carol@example.com")], header.CoAuthors);
    }

    [Theory]
    [InlineData("Fix the parser\n\nCo authored by: Carol <carol@example.com>\n")]
    [InlineData("Fix\n\nCo-authored: Carol <carol@example.com>\n")]
    [InlineData("Fix\n\nco-authored-b: Carol <carol@example.com>\n")]
    [InlineData("Fix - co-authored\n\nauthored-by: Carol <carol@example.com>\n")]
    [InlineData("")]
    public void Parse_NoHyphenOrNoFullTrailerWord_NoCoAuthors(string message)
    {
        var header = Parse(Headers + message);

        Assert.NotNull(header);
        Assert.Null(header.CoAuthors);
    }

    [Fact]
    public void Parse_TrailerAfterNulByte_NotFound()
    {
        // LibGit2Sharp's message string ends at the first NUL, so a trailer after it is not seen there either.
        var header = Parse(Headers + "Fix\0\n\nCo-authored-by: Carol <carol@example.com>\n");

        Assert.NotNull(header);
        Assert.Null(header.CoAuthors);
    }

    [Fact]
    public void Parse_TwoCoAuthorsMixedCase_BothInOrder()
    {
        var header = Parse(Headers + "Fix\n\nCO-authored-BY: Carol <carol@example.com>\n"
            + "Co-Authored-by: Dave <dave@example.com>\n");

        Assert.NotNull(header);
        Assert.Equal(
            [new CoAuthor("Carol", "carol@example.com"), new CoAuthor("Dave", "dave@example.com")],
            header.CoAuthors);
    }

    [Fact]
    public void Parse_CommitterLine_CommitTimeIsItsSeconds()
    {
        var header = Parse(Headers + "Fix\n");

        Assert.NotNull(header);
        Assert.Equal(1600000123, header.CommitTime);
        Assert.Equal(new DateTimeOffset(2020, 9, 13, 14, 26, 40, TimeSpan.FromHours(2)), header.AuthoredAt);
    }

    [Theory]
    [InlineData("author A <a@x.org> 1 +0000\nauthor B <b@x.org> 2 +0000\ncommitter C <c@x.org> 3 +0000\n")]
    [InlineData("author A <a@x.org> 1 +0000\n\n")]
    [InlineData("author A <a@x.org> 1 +0000\ncommitter C <c@x.org> later +0000\n")]
    [InlineData("author A <a@x.org> 1 +0000\ncommitter C c@x.org 3 +0000\n")]
    public void Parse_OddCommitterLine_NoCommitTime(string signatures)
    {
        var header = Parse("tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\n" + signatures + "\nx\n");

        Assert.NotNull(header);
        Assert.Null(header.CommitTime);
    }

    private static CommitHeader? Parse(string text) =>
        CommitParser.Parse(Encoding.UTF8.GetBytes(text), new Utf8StringTable());
}
