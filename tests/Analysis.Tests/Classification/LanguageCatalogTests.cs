using TruckFactor.Analysis.Classification;

namespace TruckFactor.Analysis.Tests.Classification;

/// <summary>
/// Language detection and its kind, as LanguageCatalog documents it after GitHub Linguist's languages.yml:
/// programming and markup count as code, data and prose do not.
/// </summary>
public sealed class LanguageCatalogTests
{
    [Theory]
    [InlineData("cmd/main.go", "Go")]
    [InlineData("lib/tasks/db.rb", "Ruby")]
    [InlineData("Makefile", "Makefile")]
    [InlineData("build/rules.mk", "Makefile")]
    [InlineData("docker/Dockerfile", "Dockerfile")]
    [InlineData("CMakeLists.txt", "CMake")]
    [InlineData("src/CMakeLists.txt", "CMake")]
    [InlineData("Rakefile", "Ruby")]
    public void Detect_ProgrammingFiles_ProgrammingLanguage(string path, string language)
    {
        Assert.Equal(new Language(language, LanguageKind.Programming), LanguageCatalog.Detect(path, null));
    }

    [Theory]
    [InlineData("web/index.html", "HTML")]
    [InlineData("web/theme.scss", "SCSS")]
    [InlineData("web/App.vue", "Vue")]
    [InlineData("resources/views/home.blade.php", "Blade")]
    public void Detect_MarkupFiles_MarkupLanguage(string path, string language)
    {
        Assert.Equal(new Language(language, LanguageKind.Markup), LanguageCatalog.Detect(path, null));
    }

    [Theory]
    [InlineData("package.json", "JSON")]
    [InlineData(".github/workflows/ci.yml", "YAML")]
    [InlineData("pom.xml", "XML")]
    [InlineData("keymaps/app.cson", "CSON")]
    public void Detect_DataFiles_DataLanguage(string path, string language)
    {
        Assert.Equal(new Language(language, LanguageKind.Data), LanguageCatalog.Detect(path, null));
    }

    [Theory]
    [InlineData("guide/intro.md", "Markdown")]
    [InlineData("notes.txt", "Text")]
    [InlineData("LICENSE", "Text")]
    public void Detect_ProseFiles_ProseLanguage(string path, string language)
    {
        Assert.Equal(new Language(language, LanguageKind.Prose), LanguageCatalog.Detect(path, null));
    }

    [Theory]
    [InlineData("#!/usr/bin/env python3\nprint(1)\n", "Python")]
    [InlineData("#!/bin/sh -e\necho hi\n", "Shell")]
    [InlineData("#! /usr/local/bin/python3.11\n", "Python")]
    [InlineData("#!/usr/bin/env -S node --no-warnings\n", "JavaScript")]
    [InlineData("#!/usr/bin/perl5.30 -w\n", "Perl")]
    public void Detect_ExtensionlessScriptWithShebang_InterpreterLanguage(string header, string language)
    {
        Assert.Equal(language, LanguageCatalog.Detect("bin/tool", header)?.Name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("plain words\n")]
    [InlineData("#!/usr/bin/env unknowninterpreter\n")]
    public void Detect_ExtensionlessWithoutKnownShebang_Null(string? header)
    {
        Assert.Null(LanguageCatalog.Detect("bin/tool", header));
    }

    [Theory]
    [InlineData("Ruby", LanguageKind.Programming)]
    [InlineData("ruby", LanguageKind.Programming)]
    [InlineData("Visual-Basic-.NET", LanguageKind.Programming)]
    [InlineData("JSON", LanguageKind.Data)]
    [InlineData("Klingon", LanguageKind.Programming)]
    public void ForName_AttributeValue_LanguageOfThatName(string name, LanguageKind kind)
    {
        Assert.Equal(kind, LanguageCatalog.ForName(name).Kind);
    }

    [Theory]
    [InlineData("src/main.go", FileCategory.Code, "Go")]
    [InlineData("web/theme.scss", FileCategory.Code, "SCSS")]
    [InlineData("config/settings.yml", FileCategory.NotCode, "YAML is data")]
    [InlineData("src/notes.txt", FileCategory.NotCode, "Text is prose")]
    [InlineData("src/data.unknownext", FileCategory.NotCode, "no programming or markup language")]
    public void Classify_ByLanguageKind_OnlyProgrammingAndMarkupAreCode(
        string path,
        FileCategory category,
        string reason)
    {
        var decision = new FileClassifier(new ClassifierOptions()).Classify(path, null, GitAttributes.Empty);

        Assert.Equal(new FileDecision(path, category, reason), decision);
    }
}
