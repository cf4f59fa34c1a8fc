using System.Text.RegularExpressions;

namespace TruckFactor.Analysis.Classification;

/// <summary>
/// Recognises a file's language from its name, its extension or its <c>#!</c> line, the way GitHub Linguist sorts
/// languages into programming, markup, data and prose. The table covers the languages of mainstream codebases; a
/// file it does not recognise is not code, as Linguist leaves such files out of a repository's languages.
/// </summary>
public static partial class LanguageCatalog
{
    private static readonly Dictionary<string, Language> ByExtension = new(StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<string, Language> ByFileName = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, Language> ByInterpreter = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, Language> ByName = new(StringComparer.OrdinalIgnoreCase);

    static LanguageCatalog()
    {
        const LanguageKind P = LanguageKind.Programming, M = LanguageKind.Markup;
        const LanguageKind D = LanguageKind.Data, T = LanguageKind.Prose;

        Add(P, "C", ".c", ".h", ".inc");
        Add(P, "C++", ".cc", ".cpp", ".cxx", ".c++", ".hh", ".hpp", ".hxx", ".h++", ".inl", ".ipp", ".tcc", ".ino");
        Add(P, "Objective-C", ".m");
        Add(P, "Objective-C++", ".mm");
        Add(P, "C#", ".cs", ".csx");
        Add(P, "F#", ".fs", ".fsi", ".fsx");
        Add(P, "Visual Basic .NET", ".vb");
        Add(P, "VBScript", ".vbs");
        Add(P, "Java", ".java", ".jsp");
        Add(P, "Kotlin", ".kt", ".kts");
        Add(P, "Scala", ".scala", ".sc", ".sbt");
        Add(P, "Groovy", ".groovy", ".gradle", ".gvy");
        Add(P, "Clojure", ".clj", ".cljs", ".cljc", ".boot");
        Add(P, "Go", ".go");
        Add(P, "Rust", ".rs");
        Add(P, "Swift", ".swift");
        Add(P, "Dart", ".dart");
        Add(P, "Python", ".py", ".pyw", ".pyx", ".pxd", ".pyi", ".gyp", ".gypi", ".bzl", ".wsgi");
        Add(P, "Ruby", ".rb", ".rake", ".gemspec", ".ru", ".rbw", ".builder", ".jbuilder", ".thor", ".podspec");
        Add(P, "Perl", ".pl", ".pm", ".perl", ".t", ".psgi");
        Add(P, "Raku", ".raku", ".p6", ".pm6");
        Add(P, "PHP", ".php", ".php3", ".php4", ".php5", ".phps", ".phpt", ".inc.php");
        Add(P, "JavaScript", ".js", ".mjs", ".cjs", ".jsx", ".jsm", ".es6", ".jake", ".gs", ".javascript");
        Add(P, "TypeScript", ".ts", ".tsx", ".mts", ".cts");
        Add(P, "CoffeeScript", ".coffee", ".litcoffee", ".iced", ".cjsx");
        Add(P, "LiveScript", ".ls");
        Add(P, "Elm", ".elm");
        Add(P, "Lua", ".lua");
        Add(P, "Shell", ".sh", ".bash", ".zsh", ".ksh", ".fish", ".command", ".bats", ".tmux");
        Add(P, "PowerShell", ".ps1", ".psm1", ".psd1");
        Add(P, "Batchfile", ".bat", ".cmd");
        Add(P, "Vim Script", ".vim", ".vimrc");
        Add(P, "Emacs Lisp", ".el");
        Add(P, "Common Lisp", ".lisp", ".cl", ".lsp", ".asd");
        Add(P, "Scheme", ".scm", ".ss", ".sld");
        Add(P, "Racket", ".rkt", ".rktl");
        Add(P, "Haskell", ".hs", ".lhs", ".hsc");
        Add(P, "OCaml", ".ml", ".mli", ".mll", ".mly");
        Add(P, "Erlang", ".erl", ".hrl", ".escript");
        Add(P, "Elixir", ".ex", ".exs");
        Add(P, "Crystal", ".cr");
        Add(P, "D", ".d", ".di");
        Add(P, "Nim", ".nim", ".nims");
        Add(P, "Zig", ".zig");
        Add(P, "Julia", ".jl");
        Add(P, "R", ".r", ".rd", ".rsx");
        Add(P, "MATLAB", ".matlab");
        Add(P, "Fortran", ".f", ".f77", ".f90", ".f95", ".f03", ".f08", ".for", ".fpp");
        Add(P, "Pascal", ".pas", ".dpr", ".lpr", ".pp");
        Add(P, "Ada", ".adb", ".ads", ".ada");
        Add(P, "Assembly", ".asm", ".s", ".nasm", ".a51");
        Add(P, "Verilog", ".v", ".vh");
        Add(P, "SystemVerilog", ".sv", ".svh");
        Add(P, "VHDL", ".vhd", ".vhdl");
        Add(P, "Tcl", ".tcl", ".tk", ".itcl");
        Add(P, "Awk", ".awk");
        Add(P, "AppleScript", ".applescript", ".scpt");
        Add(P, "CMake", ".cmake");
        Add(P, "Makefile", ".mk", ".mak", ".make");
        Add(P, "Dockerfile", ".dockerfile");
        Add(P, "Nix", ".nix");
        Add(P, "HCL", ".hcl", ".tf", ".tfvars");
        Add(P, "Puppet", ".epp");
        Add(P, "Smalltalk", ".st");
        Add(P, "Prolog", ".pro", ".prolog");
        Add(P, "Solidity", ".sol");
        Add(P, "GLSL", ".glsl", ".vert", ".frag", ".geom", ".shader");
        Add(P, "HLSL", ".hlsl", ".fx", ".fxh");
        Add(P, "Metal", ".metal");
        Add(P, "CUDA", ".cu", ".cuh");
        Add(P, "OpenCL", ".opencl");
        Add(P, "Cython", ".pxi");
        Add(P, "Vala", ".vala", ".vapi");
        Add(P, "Hack", ".hack", ".hhi");
        Add(P, "Apex", ".trigger");
        Add(P, "ActionScript", ".as");
        Add(P, "Haxe", ".hx", ".hxsl");
        Add(P, "Objective-J", ".j");
        Add(P, "Starlark", ".star");
        Add(P, "Bicep", ".bicep");
        Add(P, "XSLT", ".xsl", ".xslt");
        Add(P, "Yacc", ".y", ".yy", ".yacc");
        Add(P, "Lex", ".l", ".lex", ".flex");
        Add(P, "M4", ".m4");
        Add(P, "Jsonnet", ".jsonnet", ".libsonnet");
        Add(P, "Smarty", ".tpl");
        Add(P, "ASP.NET", ".aspx", ".ascx", ".asax", ".ashx", ".asmx", ".axd", ".cshtml", ".razor");
        Add(P, "Visual Basic 6.0", ".bas", ".frm");
        Add(P, "WebAssembly", ".wat", ".wast");

        Add(M, "HTML", ".html", ".htm", ".xhtml", ".shtml", ".inc.html");
        Add(M, "CSS", ".css");
        Add(M, "SCSS", ".scss");
        Add(M, "Sass", ".sass");
        Add(M, "Less", ".less");
        Add(M, "Stylus", ".styl");
        Add(M, "PostCSS", ".pcss", ".postcss");
        Add(M, "Haml", ".haml");
        Add(M, "Slim", ".slim");
        Add(M, "Pug", ".pug", ".jade");
        Add(M, "Handlebars", ".hbs", ".handlebars");
        Add(M, "Mustache", ".mustache");
        Add(M, "HTML+ERB", ".erb", ".rhtml");
        Add(M, "HTML+EEX", ".eex", ".heex", ".leex");
        Add(M, "HTML+Razor", ".vbhtml");
        Add(M, "Twig", ".twig");
        Add(M, "Liquid", ".liquid");
        Add(M, "Nunjucks", ".njk", ".nunjucks");
        Add(M, "EJS", ".ejs");
        Add(M, "Jinja", ".jinja", ".jinja2", ".j2");
        Add(M, "Vue", ".vue");
        Add(M, "Svelte", ".svelte");
        Add(M, "Astro", ".astro");
        Add(M, "TeX", ".tex", ".sty", ".cls", ".ltx", ".dtx", ".ins");
        Add(M, "Jupyter Notebook", ".ipynb");
        Add(M, "Roff", ".roff", ".man", ".mdoc");
        Add(M, "Velocity Template Language", ".vm", ".vtl");
        Add(M, "FreeMarker", ".ftl");
        Add(M, "Mako", ".mako", ".mao");
        Add(M, "Blade", ".blade.php");
        Add(M, "Latte", ".latte");

        Add(D, "JSON", ".json", ".json5", ".jsonc", ".jsonl", ".geojson", ".topojson", ".har", ".webmanifest");
        Add(D, "YAML", ".yml", ".yaml");
        Add(D, "TOML", ".toml");
        Add(D, "CSON", ".cson");
        Add(D, "XML", ".xml", ".xsd", ".plist", ".csproj", ".vcxproj", ".props", ".targets", ".resx", ".xib",
            ".storyboard", ".xaml", ".nuspec", ".wxs", ".config", ".iml", ".rss", ".atom", ".kml", ".gml");
        Add(D, "SVG", ".svg");
        Add(D, "INI", ".ini", ".cfg", ".prefs", ".properties", ".editorconfig", ".gitconfig");
        Add(D, "CSV", ".csv", ".tsv", ".psv");
        Add(D, "SQL", ".sql", ".ddl", ".prc");
        Add(D, "Protocol Buffer", ".proto");
        Add(D, "Thrift", ".thrift");
        Add(D, "GraphQL", ".graphql", ".gql");
        Add(D, "Diff", ".diff", ".patch");
        Add(D, "Graphviz", ".dot", ".gv");
        Add(D, "Ignore List", ".gitignore", ".dockerignore", ".npmignore", ".eslintignore", ".hgignore");
        Add(D, "Git Attributes", ".gitattributes");
        Add(D, "Git Modules", ".gitmodules");
        Add(D, "Mailmap", ".mailmap");
        Add(D, "Lock", ".lock");
        Add(D, "Snapshot", ".snap");
        Add(D, "Source Map", ".map");
        Add(D, "Certificate", ".pem", ".crt", ".cer", ".key", ".pub");
        Add(T, "Markdown", ".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".mdx", ".ronn");
        Add(T, "reStructuredText", ".rst", ".rest");
        Add(T, "AsciiDoc", ".adoc", ".asciidoc", ".asc");
        Add(T, "Text", ".txt", ".text");
        Add(T, "Org", ".org");
        Add(T, "RDoc", ".rdoc");
        Add(T, "Textile", ".textile");
        Add(T, "Pod", ".pod");
        Add(T, "ngdoc", ".ngdoc");

        AddNames(P, "Makefile", "Makefile", "makefile", "GNUmakefile", "Kbuild", "BSDmakefile", "Makefile.am");
        AddNames(P, "Dockerfile", "Dockerfile", "Containerfile");
        AddNames(P, "Ruby", "Rakefile", "Gemfile", "Guardfile", "Vagrantfile", "Capfile", "Podfile", "Brewfile",
            "Thorfile", "Fastfile", "Appfile", "Dangerfile", "Berksfile", "Puppetfile", "Steepfile", ".irbrc",
            ".pryrc", "Jarfile", "Mavenfile");
        AddNames(P, "JavaScript", "Jakefile");
        AddNames(P, "CMake", "CMakeLists.txt");
        AddNames(P, "Starlark", "BUILD", "BUILD.bazel", "WORKSPACE", "WORKSPACE.bazel", "Tiltfile");
        AddNames(P, "Groovy", "Jenkinsfile");
        AddNames(P, "Shell", ".bashrc", ".bash_profile", ".bash_logout", ".profile", ".zshrc", ".zshenv",
            ".zprofile", ".kshrc", "PKGBUILD", "APKBUILD", "gradlew", "configure");
        AddNames(P, "Vim Script", ".vimrc", ".gvimrc", "_vimrc");
        AddNames(P, "Python", "SConstruct", "SConscript", "wscript", "BUCK");
        AddNames(P, "Perl", "Makefile.PL", "Build.PL", "cpanfile");
        AddNames(P, "Emacs Lisp", ".emacs", "Cask", "Project.ede");
        AddNames(D, "Text", "LICENSE", "COPYING", "AUTHORS", "CONTRIBUTORS", "NOTICE", "README", "CHANGES");

        AddInterpreters(P, "Shell", "sh", "bash", "dash", "zsh", "ksh", "ash", "fish", "mksh");
        AddInterpreters(P, "Python", "python", "python2", "python3", "pypy", "pypy3");
        AddInterpreters(P, "Ruby", "ruby", "jruby", "rbx", "macruby");
        AddInterpreters(P, "JavaScript", "node", "nodejs", "deno", "bun", "rhino", "osascript");
        AddInterpreters(P, "Perl", "perl", "perl5");
        AddInterpreters(P, "PHP", "php");
        AddInterpreters(P, "Lua", "lua", "luajit");
        AddInterpreters(P, "Tcl", "tclsh", "wish");
        AddInterpreters(P, "R", "Rscript");
        AddInterpreters(P, "Awk", "awk", "gawk", "mawk", "nawk");
        AddInterpreters(P, "Makefile", "make");
        AddInterpreters(P, "Groovy", "groovy");
        AddInterpreters(P, "Elixir", "elixir");
        AddInterpreters(P, "Erlang", "escript");
        AddInterpreters(P, "Scala", "scala");
        AddInterpreters(P, "PowerShell", "pwsh", "powershell");
        AddInterpreters(P, "TypeScript", "ts-node", "tsx");
        AddInterpreters(P, "Crystal", "crystal");
        AddInterpreters(P, "Julia", "julia");
        AddInterpreters(P, "Haskell", "runhaskell", "runghc");
        AddInterpreters(P, "OCaml", "ocaml");
        AddInterpreters(P, "Racket", "racket");
        AddInterpreters(P, "Guile", "guile");
    }

    /// <summary>Finds the language of a file.</summary>
    /// <param name="path">The path, with <c>/</c> separators.</param>
    /// <param name="header">The file's first lines, for a <c>#!</c> line; may be null.</param>
    /// <returns>The language, or null when the file is of no language the catalogue knows.</returns>
    public static Language? Detect(string path, string? header)
    {
        ArgumentNullException.ThrowIfNull(path);

        var name = path[(path.LastIndexOf('/') + 1)..];
        if (ByFileName.TryGetValue(name, out var language))
        {
            return language;
        }

        // The longest matching extension wins, so "x.blade.php" is a Blade template and "x.php" is PHP.
        for (var dot = name.IndexOf('.', 1); dot > 0; dot = name.IndexOf('.', dot + 1))
        {
            if (ByExtension.TryGetValue(name[dot..], out language))
            {
                return language;
            }
        }

        if (name.StartsWith('.') && ByExtension.TryGetValue(name, out language))
        {
            return language;
        }

        return Interpreter(header) is { } interpreter && ByInterpreter.TryGetValue(interpreter, out language)
            ? language
            : null;
    }

    /// <summary>Finds a language by the name written in a <c>linguist-language</c> attribute.</summary>
    /// <param name="name">The name; Linguist writes spaces as dashes there, so both are accepted.</param>
    /// <returns>The language; a name the catalogue does not know is taken as a programming language.</returns>
    public static Language ForName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);

        return ByName.TryGetValue(name, out var language) || ByName.TryGetValue(name.Replace('-', ' '), out language)
            ? language
            : new Language(name, LanguageKind.Programming);
    }

    private static string? Interpreter(string? header)
    {
        if (header is null || !header.StartsWith("#!", StringComparison.Ordinal))
        {
            return null;
        }

        var match = Shebang().Match(header);
        if (!match.Success)
        {
            return null;
        }

        // "python3.11" and "perl5.30" name the same interpreters as "python3" and "perl5".
        var interpreter = match.Groups["program"].Value;
        var version = VersionSuffix().Match(interpreter);
        return version.Success ? interpreter[..version.Index] : interpreter;
    }

    private static void Add(LanguageKind kind, string name, params string[] extensions)
    {
        var language = Register(kind, name);
        foreach (var extension in extensions)
        {
            ByExtension.TryAdd(extension, language);
        }
    }

    private static void AddNames(LanguageKind kind, string name, params string[] fileNames)
    {
        var language = Register(kind, name);
        foreach (var fileName in fileNames)
        {
            ByFileName.TryAdd(fileName, language);
        }
    }

    private static void AddInterpreters(LanguageKind kind, string name, params string[] interpreters)
    {
        var language = Register(kind, name);
        foreach (var interpreter in interpreters)
        {
            ByInterpreter.TryAdd(interpreter, language);
        }
    }

    private static Language Register(LanguageKind kind, string name)
    {
        if (!ByName.TryGetValue(name, out var language))
        {
            ByName[name] = language = new Language(name, kind);
        }

        return language;
    }

    // "#!/usr/bin/env -S node --flag", "#!/bin/sh -e", "#! /usr/local/bin/python3.11": the program is the word after
    // env (and its options) or the last path segment of the command.
    [GeneratedRegex(
        @"^#!\s*(?:\S*/)?(?:env\s+(?:-\S+\s+)*)?(?:\S*/)?(?<program>[^\s/]+)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Shebang();

    [GeneratedRegex(@"[0-9][0-9.]*$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionSuffix();
}
