using EduRelief.SharedKernel.Validation;

namespace EduRelief.Tests.SharedKernel;

public sealed class NameTextTests
{
    [Theory]
    [InlineData("张三")]
    [InlineData("𠀾小明")] // outside the Basic Multilingual Plane: a surrogate pair, not a broken one
    [InlineData("阿依古丽·买买提")]
    public void Visible_names_are_stored(string name) => Assert.Null(NameText.Problem(name));

    // Built here, not passed as theory data: attribute arguments and serialised theory rows turn a lone surrogate into U+FFFD.
    [Fact]
    public void Broken_text_and_line_separators_are_refused_naming_the_character()
    {
        var broken = new (string Name, string Code)[]
        {
            ("张" + (char)0xD800 + "三", "U+D800"),
            ("张三" + (char)0xDC00, "U+DC00"),
            ("张\u2028三", "U+2028"),
        };

        foreach (var (name, code) in broken)
        {
            Assert.Contains(code, NameText.Problem(name)?.English ?? "(stored)", StringComparison.Ordinal);
        }
    }
}
