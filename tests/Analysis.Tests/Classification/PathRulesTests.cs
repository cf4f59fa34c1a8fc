using TruckFactor.Analysis.Classification;

namespace TruckFactor.Analysis.Tests.Classification;

/// <summary>
/// The path rules, one family per test: a representative the rule must catch and a near miss that must stay code.
/// Expected categories follow the rules' regular expressions in <see cref="PathRules"/>, read by hand; the near
/// misses are code in a language the catalogue knows, so only a wrong path rule could change them.
/// </summary>
public sealed class PathRulesTests
{
    [Theory]
    [InlineData("vendor/github.com/pkg/errors/errors.go", FileCategory.Vendored, "folder vendor/")]
    [InlineData("web/Vendors/chart.ts", FileCategory.Vendored, "folder vendor/")]
    [InlineData("internal/vendoring/fetch.go", FileCategory.Code, "Go")]
    [InlineData("src/vendor.go", FileCategory.Code, "Go")]
    public void Classify_VendorFolder_VendoredButNotLookAlikes(string path, FileCategory category, string reason)
    {
        Assert.Equal(new FileDecision(path, category, reason), Classify(path));
    }

    [Theory]
    [InlineData("third_party/zlib/inflate.c", FileCategory.Vendored, "folder third_party/")]
    [InlineData("src/3rd-party/lua/lapi.c", FileCategory.Vendored, "folder third_party/")]
    [InlineData("src/third_party_api.go", FileCategory.Code, "Go")]
    public void Classify_ThirdPartyFolder_VendoredButNotLookAlikes(string path, FileCategory category, string reason)
    {
        Assert.Equal(new FileDecision(path, category, reason), Classify(path));
    }

    [Theory]
    [InlineData("web/node_modules/left-pad/index.js", FileCategory.Vendored, "folder node_modules/")]
    [InlineData("src/node_modules_loader.js", FileCategory.Code, "JavaScript")]
    public void Classify_NodeModules_VendoredButNotLookAlikes(string path, FileCategory category, string reason)
    {
        Assert.Equal(new FileDecision(path, category, reason), Classify(path));
    }

    [Theory]
    [InlineData("deps/uv/src/unix/core.c", FileCategory.Vendored, "root folder deps/")]
    [InlineData("lib/deps/resolve.rb", FileCategory.Code, "Ruby")]
    public void Classify_DepsFolder_VendoredAtRootOnly(string path, FileCategory category, string reason)
    {
        Assert.Equal(new FileDecision(path, category, reason), Classify(path));
    }

    [Theory]
    [InlineData("external/glfw/src/window.c", FileCategory.Vendored, "root folder external/")]
    [InlineData("src/external/api_client.py", FileCategory.Code, "Python")]
    public void Classify_ExternalFolder_VendoredAtRootOnly(string path, FileCategory category, string reason)
    {
        Assert.Equal(new FileDecision(path, category, reason), Classify(path));
    }

    [Theory]
    [InlineData("spec/fixtures/user.rb", FileCategory.Vendored, "test fixtures")]
    [InlineData("pkg/parser/testdata/input.go", FileCategory.Vendored, "test fixtures")]
    [InlineData("spec/fixtures_helper.rb", FileCategory.Code, "Ruby")]
    [InlineData("spec/fixture/user.rb", FileCategory.Code, "Ruby")]
    public void Classify_FixturesAndTestdata_VendoredButNotLookAlikes(string path, FileCategory category, string reason)
    {
        Assert.Equal(new FileDecision(path, category, reason), Classify(path));
    }

    [Theory]
    [InlineData("src/locale/fr.js", FileCategory.Vendored, "localisation data")]
    [InlineData("config/locales/de.rb", FileCategory.Vendored, "localisation data")]
    [InlineData("src/ngLocale/angular-locale_fr.js", FileCategory.Vendored, "localisation data")]
    [InlineData("src/localeUtils.js", FileCategory.Code, "JavaScript")]
    [InlineData("src/locale.js", FileCategory.Code, "JavaScript")]
    public void Classify_LocalisationFolders_VendoredButNotFilesNamedLocale(
        string path,
        FileCategory category,
        string reason)
    {
        Assert.Equal(new FileDecision(path, category, reason), Classify(path));
    }

    [Theory]
    [InlineData("public/js/jquery-1.9.1.js", FileCategory.Vendored)]
    [InlineData("public/js/jquery.cookie.js", FileCategory.Vendored)]
    [InlineData("static/bootstrap.css", FileCategory.Vendored)]
    [InlineData("static/d3.v3.js", FileCategory.Vendored)]
    // "jquery" followed by [-._] and anything is a bundled jQuery build or plugin by the rule, as in Linguist.
    [InlineData("src/jquery-ui-widget-of-our-own.js", FileCategory.Vendored)]
    [InlineData("src/myjquery.js", FileCategory.Code)]
    [InlineData("src/jquery-plugin.ts", FileCategory.Code)]
    [InlineData("src/requirements.js", FileCategory.Code)]
    [InlineData("src/chartist.js", FileCategory.Code)]
    [InlineData("static/css/normalize.css", FileCategory.Vendored)]
    // normalize.css is a style sheet; a script of that name is somebody's own normaliser (Linguist: CSS only).
    [InlineData("src/utils/normalize.js", FileCategory.Code)]
    public void Classify_BundledLibraryNames_VendoredButNotOurOwnNames(string path, FileCategory category)
    {
        Assert.Equal(category, Classify(path).Category);
    }

    [Theory]
    [InlineData("docs/conf.py", FileCategory.Documentation, "folder docs/")]
    [InlineData("doc/tutorial/step1.rb", FileCategory.Documentation, "folder docs/")]
    [InlineData("lib/Documentation/gen.rb", FileCategory.Documentation, "folder docs/")]
    [InlineData("src/docs/renderer.go", FileCategory.Code, "Go")]
    [InlineData("docsite/build.go", FileCategory.Code, "Go")]
    public void Classify_DocsFolder_DocumentationAtRootButNotBelow(string path, FileCategory category, string reason)
    {
        Assert.Equal(new FileDecision(path, category, reason), Classify(path));
    }

    [Theory]
    [InlineData("examples/hello/main.go")]
    [InlineData("samples/app.cs")]
    [InlineData("demos/plot.py")]
    public void Classify_ExamplesFolder_StaysCode(string path)
    {
        // Unlike Linguist, examples are programs the team keeps working, so no rule leaves them out.
        Assert.Equal(FileCategory.Code, Classify(path).Category);
    }

    [Theory]
    [InlineData("contrib/completion/tool.bash", FileCategory.Vendored, "root folder contrib/")]
    [InlineData("django/contrib/admin/sites.py", FileCategory.Code, "Python")]
    public void Classify_ContribFolder_VendoredAtRootOnly(string path, FileCategory category, string reason)
    {
        Assert.Equal(new FileDecision(path, category, reason), Classify(path));
    }

    [Theory]
    [InlineData("README", FileCategory.Documentation)]
    [InlineData("README.md", FileCategory.Documentation)]
    [InlineData("LICENSE-MIT", FileCategory.Documentation)]
    [InlineData("LICENSE.rb", FileCategory.Documentation)]
    [InlineData("pkg/CHANGELOG.md", FileCategory.Documentation)]
    [InlineData("CONTRIBUTING.rst", FileCategory.Documentation)]
    [InlineData("license.txt", FileCategory.Documentation)]
    [InlineData("docs2/changelog.md", FileCategory.Documentation)]
    [InlineData("lib/license.rb", FileCategory.Code)]
    [InlineData("app/models/history.rb", FileCategory.Code)]
    [InlineData("src/readme_parser.py", FileCategory.Code)]
    public void Classify_ProjectFiles_UppercaseAnySuffixLowercaseProseOnly(string path, FileCategory category)
    {
        Assert.Equal(category, Classify(path).Category);
    }

    [Theory]
    [InlineData("static/app.min.js", FileCategory.Generated, "minified file")]
    [InlineData("static/site-min.css", FileCategory.Generated, "minified file")]
    [InlineData("src/admin.js", FileCategory.Code, "JavaScript")]
    [InlineData("src/min.js", FileCategory.Code, "JavaScript")]
    public void Classify_MinifiedName_GeneratedButNotLookAlikes(string path, FileCategory category, string reason)
    {
        Assert.Equal(new FileDecision(path, category, reason), Classify(path));
    }

    [Theory]
    [InlineData("static/app.js.map", FileCategory.Generated, "source map")]
    [InlineData("src/roadmap.js", FileCategory.Code, "JavaScript")]
    public void Classify_SourceMap_GeneratedButNotLookAlikes(string path, FileCategory category, string reason)
    {
        Assert.Equal(new FileDecision(path, category, reason), Classify(path));
    }

    [Theory]
    [InlineData("package-lock.json", FileCategory.Generated, "lock file")]
    [InlineData("web/yarn.lock", FileCategory.Generated, "lock file")]
    [InlineData("Gemfile.lock", FileCategory.Generated, "lock file")]
    [InlineData("go.sum", FileCategory.Generated, "lock file")]
    [InlineData("internal/lockfile.go", FileCategory.Code, "Go")]
    public void Classify_LockFiles_GeneratedButNotLookAlikes(string path, FileCategory category, string reason)
    {
        Assert.Equal(new FileDecision(path, category, reason), Classify(path));
    }

    [Theory]
    [InlineData("api/v1/service.pb.go", FileCategory.Generated)]
    [InlineData("api/service.pb.gw.go", FileCategory.Generated)]
    [InlineData("proto/service_pb2.py", FileCategory.Generated)]
    [InlineData("proto/service_pb2_grpc.py", FileCategory.Generated)]
    [InlineData("internal/pb.go", FileCategory.Code)]
    [InlineData("internal/service_pb.go", FileCategory.Code)]
    public void Classify_ProtobufOutput_GeneratedButNotLookAlikes(string path, FileCategory category)
    {
        Assert.Equal(category, Classify(path).Category);
    }

    [Theory]
    [InlineData("pkg/apis/v1/zz_generated.deepcopy.go", FileCategory.Generated)]
    [InlineData("Forms/Main.designer.cs", FileCategory.Generated)]
    [InlineData("pkg/generator.go", FileCategory.Code)]
    [InlineData("Forms/Designer.cs", FileCategory.Code)]
    public void Classify_CodeGeneratorOutput_GeneratedButNotLookAlikes(string path, FileCategory category)
    {
        Assert.Equal(category, Classify(path).Category);
    }

    [Theory]
    [InlineData("Forms/MainForm.Designer.cs")]
    [InlineData("Properties/Resources.Designer.cs")]
    public void Classify_VisualStudioDesignerFile_Generated(string path)
    {
        // Visual Studio writes the name with a capital D; GitHub Linguist matches ".designer.cs" ignoring case.
        Assert.Equal(FileCategory.Generated, Classify(path).Category);
    }

    [Theory]
    [InlineData("dist/app.js", FileCategory.Generated, "build output dist/")]
    [InlineData("packages/ui/dist/index.js", FileCategory.Generated, "build output dist/")]
    [InlineData("src/distance.js", FileCategory.Code, "JavaScript")]
    [InlineData("src/dist.js", FileCategory.Code, "JavaScript")]
    public void Classify_DistFolder_GeneratedButNotLookAlikes(string path, FileCategory category, string reason)
    {
        Assert.Equal(new FileDecision(path, category, reason), Classify(path));
    }

    private static FileDecision Classify(string path)
    {
        // No content facts and no attributes: only the path decides.
        return new FileClassifier(new ClassifierOptions()).Classify(path, null, GitAttributes.Empty);
    }
}
