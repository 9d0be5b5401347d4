using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Primitives;

namespace EduRelief.Tests.SharedKernel;

public sealed class NationalIdTests
{
    [Theory]
    [InlineData("11010519491231002X", "1949-12-31", Sex.Female)]
    [InlineData("520102201503051231", "2015-03-05", Sex.Male)]
    [InlineData("440524188001010014", "1880-01-01", Sex.Male)]
    public void A_valid_id_gives_its_birth_date_and_sex(string value, string birthDate, Sex sex)
    {
        Assert.True(NationalId.TryParse(value, out var id, out var error), error);
        Assert.Equal(DateOnly.Parse(birthDate, System.Globalization.CultureInfo.InvariantCulture), id.BirthDate);
        Assert.Equal(sex, id.Sex);
    }

    [Fact]
    public void A_lower_case_x_is_read_as_the_check_character_X()
    {
        Assert.True(NationalId.TryParse("11010519491231002x", out var id, out _));
        Assert.Equal("11010519491231002X", id.Value);
    }

    [Fact]
    public void A_wrong_check_character_is_refused_naming_the_right_one()
    {
        using var english = UserLanguage.Use(true);
        Assert.False(NationalId.TryParse("52010220150305123X", out _, out var error));
        Assert.Equal("check character should be 1", error);
    }

    [Fact]
    public void A_refusal_is_in_chinese_by_default()
    {
        Assert.False(NationalId.TryParse("52010220150305123X", out _, out var error));
        Assert.Equal("身份证号校验码错误，应为 1", error);
        Assert.False(NationalId.TryParse("5201022015030512", out _, out error));
        Assert.Equal("身份证号须为 18 位（实际 16 位）", error);
    }

    [Theory]
    [InlineData("520102201502301234", "birth date 20150230 is not a real date")]
    [InlineData("520102201513011234", "birth date 20151301 is not a real date")]
    [InlineData("5201022015030512", "must be 18 characters (got 16)")]
    [InlineData("52010220150305123Y", "the last character must be a digit or X")]
    [InlineData("5201A2201503051231", "character 5 must be a digit")]
    [InlineData("", "must be 18 characters (got 0)")]
    public void Impossible_ids_are_refused_saying_why(string value, string expected)
    {
        using var english = UserLanguage.Use(true);
        Assert.False(NationalId.TryParse(value, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Masking_keeps_the_area_code_and_the_last_four()
    {
        Assert.Equal("520102********1231", NationalId.Parse("520102201503051231").Masked);
    }

    [Fact]
    public void Ids_quoted_in_free_text_are_masked_and_other_numbers_left_alone()
    {
        var text = NationalId.MaskWithin("the line of national ID 52010220150305123x has no award; batch 1234567890123456789, ref 520102201503051231.");

        Assert.Equal("the line of national ID 520102********123X has no award; batch 1234567890123456789, ref 520102********1231.", text);
    }
}
