namespace TruckFactor.Analysis.Classification;

/// <summary>
/// The path rules of the default classifier: patterns any codebase's owner would accept as "not our own code",
/// in the spirit of GitHub Linguist's vendor, documentation and generated lists. Folder rules match at any depth
/// unless written for the repository root, so a vendored tree inside a sub-project is found too.
/// </summary>
public static class PathRules
{
    private const FileCategory V = FileCategory.Vendored;
    private const FileCategory Doc = FileCategory.Documentation;
    private const FileCategory G = FileCategory.Generated;

    /// <summary>Gets the vendored-code rules.</summary>
    public static IReadOnlyList<PathRule> Vendored { get; } =
    [
        PathRule.Create(V, "folder vendor/", "(^|/)[Vv]endors?/"),
        PathRule.Create(V, "folder third_party/", "(^|/)(third[-_ ]?party|3rd[-_ ]?party|[Tt]hird[Pp]arty)/"),
        PathRule.Create(V, "folder node_modules/", "(^|/)(node_modules|bower_components|jspm_packages|web_modules)/"),
        PathRule.Create(V, "root folder deps/", "^deps/"),
        PathRule.Create(V, "localisation data", "(^|/)([^/]*[Ll]ocales?|l10n|L10n|translations)/"),
        PathRule.Create(V, "test fixtures", "(^|/)(_*[Ff]ixtures_*|testdata)/"),
        PathRule.Create(V, "folder Godeps/_workspace/", "(^|/)Godeps/_workspace/"),
        PathRule.Create(V, "folder Pods/ or Carthage/", "(^|/)(Pods|Carthage/Checkouts|Carthage/Build)/"),
        PathRule.Create(V, "folder site-packages/", "(^|/)(site-packages|dist-packages|\\.venv|virtualenv)/"),
        PathRule.Create(V, "folder packages/ of NuGet", "(^|/)packages/[^/]+\\.[0-9]+\\.[0-9]+[^/]*/"),
        PathRule.Create(V, "folder .yarn/ or .bundle/", "(^|/)\\.(yarn|bundle|pnpm-store)/"),
        PathRule.Create(V, "root folder external/", "^(externals?|extern)/"),

        // A root contrib/ holds extras contributed around the product (shell completions, init scripts, packaging)
        // that the core team does not maintain as part of it; a package's own contrib/ (django/contrib) is core.
        PathRule.Create(V, "root folder contrib/", "^contrib/"),

        // normalize.css is a style sheet only (as in Linguist), so a normalize.js of a project's own stays code.
        PathRule.Create(
            V,
            "bundled library",
            "(^|/)(jquery([-._][^/]*)?|jquery\\.[^/]+|bootstrap([-._][^/]*)?|modernizr([-._][^/]*)?"
            + "|html5shiv([-._][^/]*)?|respond([-._]min)?|prototype|mootools([-._][^/]*)?|require|"
            + "underscore([-._]min)?|lodash([-._][^/]*)?|backbone([-._]min)?|angular([-._][0-9][^/]*|[-._]min)?"
            + "|react(-dom)?([-._][0-9][^/]*|[-._]min|[-._]development|[-._]production[^/]*)?"
            + "|d3([-._]v?[0-9][^/]*|[-._]min)?|three([-._]min)?|moment([-._]min|-with-locales[^/]*)?"
            + "|raphael([-._][^/]*)?|handlebars([-._][0-9][^/]*|[-._]min|[-._]runtime[^/]*)?|knockout([-._][^/]*)?"
            + "|ember([-._][0-9][^/]*|[-._]min)?|vue([-._][0-9][^/]*|[-._]min|[-._]runtime[^/]*)?"
            + "|normalize(?=\\.css$)|popper([-._]min)?|chart([-._]min)?|socket\\.io([-._]min)?"
            + "|es[56]-shim([-._][^/]*)?|polyfill([-._]min)?|sizzle([-._]min)?|qunit([-._][^/]*)?|mocha|chai"
            + "|sinon([-._][^/]*)?|jasmine([-._][^/]*)?)\\.(js|css)$"),
        PathRule.Create(V, "bundled MathJax or TinyMCE", "(^|/)(MathJax|tiny_?mce|ckeditor|codemirror|ace-builds)/"),
        PathRule.Create(V, "Gradle or Maven wrapper", "(^|/)(gradlew(\\.bat)?|mvnw(\\.cmd)?|\\.mvn/wrapper/.*)$"),
    ];

    /// <summary>Gets the documentation rules.</summary>
    public static IReadOnlyList<PathRule> Documentation { get; } =
    [
        PathRule.Create(Doc, "folder docs/", "^[Dd]ocs?/|(^|/)([Dd]ocumentation|javadoc|apidocs?)/"),
        PathRule.Create(Doc, "root folder man/", "^man/"),

        // Unlike Linguist, examples/, samples/ and demos/ stay code: they are programs the team keeps working as
        // the product changes, and they are orphaned like any other code when their authors leave.
        PathRule.Create(
            Doc,
            "project file README, LICENSE, CHANGELOG…",
            "(^|/)(README|LICEN[CS]E|COPYING|CHANGE(S|LOG)?|HISTORY|NEWS|CONTRIBUTING|AUTHORS|CONTRIBUTORS|"
            + "INSTALL|NOTICE|CODE_OF_CONDUCT|SECURITY|MAINTAINERS|PATENTS|UPGRADING|ROADMAP)([-._][^/]*)?$"),

        // Written in lower or mixed case, the same names also name code ("license.rb" checks licences), so only
        // prose extensions, or none, make them documentation.
        PathRule.Create(
            Doc,
            "project file README, LICENSE, CHANGELOG…",
            "(^|/)([Rr]eadme|[Ll]icen[cs]e|[Cc]opying|[Cc]hange[Ll]og|[Cc]hanges|[Hh]istory|[Cc]ontributing|"
            + "[Aa]uthors|[Cc]ode_of_conduct)(\\.(md|markdown|txt|text|rst|adoc|rdoc|textile|org|html?))?$"),
    ];

    /// <summary>Gets the generated-file rules that need only the path.</summary>
    public static IReadOnlyList<PathRule> Generated { get; } =
    [
        PathRule.Create(G, "minified file", "[-.]min\\.(js|css|mjs)$"),
        PathRule.Create(G, "source map", "\\.(js|css|mjs)\\.map$"),
        PathRule.Create(
            G,
            "lock file",
            "(^|/)(package-lock\\.json|npm-shrinkwrap\\.json|yarn\\.lock|pnpm-lock\\.yaml|Gemfile\\.lock|"
            + "composer\\.lock|Cargo\\.lock|poetry\\.lock|Pipfile\\.lock|go\\.sum|mix\\.lock|Podfile\\.lock|"
            + "packages\\.lock\\.json|flake\\.lock|bun\\.lockb|gradle\\.lockfile|Package\\.resolved)$"),
        PathRule.Create(
            G,
            "protocol buffer or gRPC output",
            "(\\.pb\\.(go|cc|h|c|swift|dart|js|ts)|\\.pb\\.gw\\.go|_pb2(_grpc)?\\.pyi?|_pb\\.(js|d\\.ts|rb)|"
            + "_grpc_pb\\.(js|d\\.ts)|\\.pb-c\\.(c|h)|Grpc\\.cs)$"),

        // Visual Studio names designer files "Form1.Designer.cs"; Linguist matches ".designer.cs" ignoring case.
        PathRule.Create(
            G,
            "code generator output",
            "(^|/)(zz_generated[^/]*|[^/]*\\.generated\\.[^/]+|[^/]*\\.g\\.(cs|i\\.cs|dart)|"
            + "[^/]*\\.(?i:designer)\\.(cs|vb)|[^/]*_generated\\.(go|rs|ts|h|cc)|bindata\\.go)$"),
        PathRule.Create(G, "Xcode or Visual Studio project", "\\.(xcodeproj|xcworkspace)/|\\.(pbxproj|sln)$"),
        PathRule.Create(G, "build output dist/", "(^|/)dist/"),
        PathRule.Create(G, "Automake output", "(^|/)Makefile\\.in$"),
    ];
}
