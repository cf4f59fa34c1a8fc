using System.Text.RegularExpressions;

namespace TruckFactor.Analysis.Classification;

/// <summary>
/// The path rules of the default classifier: patterns any codebase's owner would accept as "not our own code",
/// in the spirit of GitHub Linguist's vendor, documentation and generated lists. Folder rules match at any depth
/// unless written for the repository root, so a vendored tree inside a sub-project is found too.
/// </summary>
public static partial class PathRules
{
    private const FileCategory V = FileCategory.Vendored;
    private const FileCategory Doc = FileCategory.Documentation;
    private const FileCategory G = FileCategory.Generated;

    /// <summary>Gets the vendored-code rules.</summary>
    public static IReadOnlyList<PathRule> Vendored { get; } =
    [
        PathRule.Create(V, "folder vendor/", FolderVendor()),
        PathRule.Create(V, "folder third_party/", FolderThirdParty()),
        PathRule.Create(V, "folder node_modules/", FolderNodeModules()),
        PathRule.Create(V, "root folder deps/", RootFolderDeps()),
        // Locale tables (angular-locale_fr-ca.js, en.yml, pt_BR.js) in a locale folder: a file named by a language
        // code; the folder's own code (locale/locale.js, translations/core.py) stays code.
        PathRule.Create(V, "localisation data", LocalisationData()),
        PathRule.Create(V, "test fixtures", TestFixtures()),
        PathRule.Create(V, "folder Godeps/_workspace/", FolderGodepsWorkspace()),
        PathRule.Create(V, "folder Pods/ or Carthage/", FolderPodsOrCarthage()),
        PathRule.Create(V, "folder site-packages/", FolderSitePackages()),
        PathRule.Create(V, "folder packages/ of NuGet", FolderPackagesOfNuGet()),
        PathRule.Create(V, "folder .yarn/ or .bundle/", FolderYarnOrBundle()),
        PathRule.Create(V, "root folder external/", RootFolderExternal()),

        // A root contrib/ holds extras contributed around the product (shell completions, init scripts, packaging)
        // that the core team does not maintain as part of it; a package's own contrib/ (django/contrib) is core.
        PathRule.Create(V, "root folder contrib/", RootFolderContrib()),

        // A copy of a well-known library carries its version in its name (jquery-1.9.1.js, bootstrap-3.3.5.css,
        // d3.v3.js); a bare "jquery.js", "backbone.js" or "bootstrap.js" is as often the project's own main file.
        PathRule.Create(V, "bundled library", BundledLibrary()),
        PathRule.Create(V, "bundled MathJax or TinyMCE", BundledMathJaxOrTinyMCE()),
        PathRule.Create(V, "Gradle or Maven wrapper", GradleOrMavenWrapper()),
    ];

    /// <summary>Gets the documentation rules.</summary>
    public static IReadOnlyList<PathRule> Documentation { get; } =
    [
        PathRule.Create(Doc, "folder docs/", FolderDocs()),
        PathRule.Create(Doc, "root folder man/", RootFolderMan()),

        // Unlike Linguist, examples/, samples/ and demos/ stay code: they are programs the team keeps working as
        // the product changes, and they are orphaned like any other code when their authors leave.
        PathRule.Create(Doc, "project file README, LICENSE, CHANGELOG…", ProjectFileInCapitals()),

        // Written in lower or mixed case, the same names also name code ("license.rb" checks licences), so only
        // prose extensions, or none, make them documentation.
        PathRule.Create(Doc, "project file README, LICENSE, CHANGELOG…", ProjectFileInProse()),
    ];

    /// <summary>Gets the generated-file rules that need only the path.</summary>
    public static IReadOnlyList<PathRule> Generated { get; } =
    [
        PathRule.Create(G, "minified file", MinifiedFile()),
        PathRule.Create(G, "source map", SourceMap()),
        PathRule.Create(G, "lock file", LockFile()),
        PathRule.Create(G, "protocol buffer or gRPC output", ProtocolBufferOrGRPCOutput()),

        // Visual Studio names designer files "Form1.Designer.cs"; Linguist matches ".designer.cs" ignoring case.
        PathRule.Create(G, "code generator output", CodeGeneratorOutput()),
        PathRule.Create(G, "Xcode or Visual Studio project", XcodeOrVisualStudioProject()),
        PathRule.Create(G, "build output dist/", BuildOutputDist()),
    ];

    [GeneratedRegex(
        "(^|/)[Vv]endors?/",
        RegexOptions.CultureInvariant)]
    private static partial Regex FolderVendor();

    [GeneratedRegex(
        "(^|/)(third[-_ ]?party|3rd[-_ ]?party|[Tt]hird[Pp]arty)/",
        RegexOptions.CultureInvariant)]
    private static partial Regex FolderThirdParty();

    [GeneratedRegex(
        "(^|/)(node_modules|bower_components|jspm_packages|web_modules)/",
        RegexOptions.CultureInvariant)]
    private static partial Regex FolderNodeModules();

    [GeneratedRegex(
        "^deps/",
        RegexOptions.CultureInvariant)]
    private static partial Regex RootFolderDeps();

    [GeneratedRegex(
        "(^|/)([^/]*[Ll]ocales?|l10n|L10n|translations)/([^/]+/)*([^/]*[-_.])?[a-z]{2,3}([-_][A-Za-z0-9]{2,4})*"
        + "\\.[A-Za-z0-9]+$",
        RegexOptions.CultureInvariant)]
    private static partial Regex LocalisationData();

    [GeneratedRegex(
        "(^|/)(_*[Ff]ixtures_*|testdata)/",
        RegexOptions.CultureInvariant)]
    private static partial Regex TestFixtures();

    [GeneratedRegex(
        "(^|/)Godeps/_workspace/",
        RegexOptions.CultureInvariant)]
    private static partial Regex FolderGodepsWorkspace();

    [GeneratedRegex(
        "(^|/)(Pods|Carthage/Checkouts|Carthage/Build)/",
        RegexOptions.CultureInvariant)]
    private static partial Regex FolderPodsOrCarthage();

    [GeneratedRegex(
        "(^|/)(site-packages|dist-packages|\\.venv|virtualenv)/",
        RegexOptions.CultureInvariant)]
    private static partial Regex FolderSitePackages();

    [GeneratedRegex(
        "(^|/)packages/[^/]+\\.[0-9]+\\.[0-9]+[^/]*/",
        RegexOptions.CultureInvariant)]
    private static partial Regex FolderPackagesOfNuGet();

    [GeneratedRegex(
        "(^|/)\\.(yarn|bundle|pnpm-store)/",
        RegexOptions.CultureInvariant)]
    private static partial Regex FolderYarnOrBundle();

    [GeneratedRegex(
        "^(externals?|extern)/",
        RegexOptions.CultureInvariant)]
    private static partial Regex RootFolderExternal();

    [GeneratedRegex(
        "^contrib/",
        RegexOptions.CultureInvariant)]
    private static partial Regex RootFolderContrib();

    [GeneratedRegex(
        "(^|/)(jquery(-ui|-migrate|\\.[a-z]+)?|bootstrap|modernizr|html5shiv|respond|prototype|mootools"
        + "|underscore|lodash|backbone|angular|react(-dom)?|d3|three|moment|raphael|handlebars|knockout"
        + "|ember|vue|normalize|popper|chart|socket\\.io|es[56]-shim|sizzle|qunit|mocha|chai|sinon|jasmine"
        + "|require|zepto|highcharts|leaflet|codemirror|ace)[-._]v?[0-9]+(\\.[0-9]+)*([-._][^/]*)?\\.(js|css)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex BundledLibrary();

    [GeneratedRegex(
        "(^|/)(MathJax|tiny_?mce|ckeditor|codemirror|ace-builds)/",
        RegexOptions.CultureInvariant)]
    private static partial Regex BundledMathJaxOrTinyMCE();

    [GeneratedRegex(
        "(^|/)(gradlew(\\.bat)?|mvnw(\\.cmd)?|\\.mvn/wrapper/.*)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex GradleOrMavenWrapper();

    [GeneratedRegex(
        "^[Dd]ocs?/|(^|/)([Dd]ocumentation|javadoc|apidocs?)/",
        RegexOptions.CultureInvariant)]
    private static partial Regex FolderDocs();

    [GeneratedRegex(
        "^man/",
        RegexOptions.CultureInvariant)]
    private static partial Regex RootFolderMan();

    [GeneratedRegex(
        "(^|/)(README|LICEN[CS]E|COPYING|CHANGE(S|LOG)?|HISTORY|NEWS|CONTRIBUTING|AUTHORS|CONTRIBUTORS|"
        + "INSTALL|NOTICE|CODE_OF_CONDUCT|SECURITY|MAINTAINERS|PATENTS|UPGRADING|ROADMAP)([-._][^/]*)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex ProjectFileInCapitals();

    [GeneratedRegex(
        "(^|/)([Rr]eadme|[Ll]icen[cs]e|[Cc]opying|[Cc]hange[Ll]og|[Cc]hanges|[Hh]istory|[Cc]ontributing|"
        + "[Aa]uthors|[Cc]ode_of_conduct)(\\.(md|markdown|txt|text|rst|adoc|rdoc|textile|org|html?))?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex ProjectFileInProse();

    [GeneratedRegex(
        "[-.]min\\.(js|css|mjs)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex MinifiedFile();

    [GeneratedRegex(
        "\\.(js|css|mjs)\\.map$",
        RegexOptions.CultureInvariant)]
    private static partial Regex SourceMap();

    [GeneratedRegex(
        "(^|/)(package-lock\\.json|npm-shrinkwrap\\.json|yarn\\.lock|pnpm-lock\\.yaml|Gemfile\\.lock|"
        + "composer\\.lock|Cargo\\.lock|poetry\\.lock|Pipfile\\.lock|go\\.sum|mix\\.lock|Podfile\\.lock|"
        + "packages\\.lock\\.json|flake\\.lock|bun\\.lockb|gradle\\.lockfile|Package\\.resolved)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex LockFile();

    [GeneratedRegex(
        "(\\.pb\\.(go|cc|h|c|swift|dart|js|ts)|\\.pb\\.gw\\.go|_pb2(_grpc)?\\.pyi?|_pb\\.(js|d\\.ts|rb)|"
        + "_grpc_pb\\.(js|d\\.ts)|\\.pb-c\\.(c|h)|Grpc\\.cs)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex ProtocolBufferOrGRPCOutput();

    [GeneratedRegex(
        "(^|/)(zz_generated[^/]*|[^/]*\\.generated\\.[^/]+|[^/]*\\.g\\.(cs|i\\.cs|dart)|"
        + "[^/]*\\.(?i:designer)\\.(cs|vb)|[^/]*_generated\\.(go|rs|ts|h|cc)|bindata\\.go)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex CodeGeneratorOutput();

    [GeneratedRegex(
        "\\.(xcodeproj|xcworkspace)/|\\.(pbxproj|sln)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex XcodeOrVisualStudioProject();

    [GeneratedRegex(
        "(^|/)dist/",
        RegexOptions.CultureInvariant)]
    private static partial Regex BuildOutputDist();
}
