namespace TruckFactor.Analysis.Classification;

/// <summary>A language the classifier recognises.</summary>
/// <param name="Name">Its usual name, as written in <c>linguist-language</c> attributes.</param>
/// <param name="Kind">Whether it is code (programming, markup) or not (data, prose).</param>
public sealed record Language(string Name, LanguageKind Kind)
{
    /// <summary>Gets a value indicating whether files of this language are analysed.</summary>
    public bool IsCode => Kind is LanguageKind.Programming or LanguageKind.Markup;
}
