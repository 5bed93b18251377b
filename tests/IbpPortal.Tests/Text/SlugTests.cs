namespace IbpPortal.Tests.Text;

public class SlugTests
{
    [Theory]
    [InlineData("A&E: winter 2024", "a-e-winter-2024")]
    [InlineData("é", "e")]
    [InlineData("Café society", "cafe-society")]
    [InlineData("Straße", "strasse")]
    [InlineData("Œuvre Ærø", "oeuvre-aero")]
    public void Letters_are_transliterated_to_ascii(string text, string slug) => Assert.Equal(slug, Slug.From(text));

    // Expected hashes from: python3 -c "import hashlib; print(hashlib.sha256('日本'.encode()).hexdigest()[:8])"
    [Theory]
    [InlineData("日本", "h-cf2abf0c")]
    [InlineData("!!!", "h-e84c538e")]
    [InlineData("..", "h-5ec1f7e7")]
    [InlineData("/", "h-8a5edab2")]
    [InlineData(" 日本 ", "h-cf2abf0c")]
    public void Text_without_an_ascii_letter_or_digit_gets_a_short_stable_hash_never_an_empty_address(string text, string slug) =>
        Assert.Equal(slug, Slug.From(text));
}
