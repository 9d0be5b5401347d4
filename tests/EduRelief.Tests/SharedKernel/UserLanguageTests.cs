using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Tests.SharedKernel;

/// <summary>Which language an Accept-Language header prefers, and words that follow the caller's language.</summary>
public sealed class UserLanguageTests
{
    private static readonly UserText Required = new("必填", "is required");

    [Fact]
    public void Nothing_named_is_chinese()
    {
        Assert.False(UserLanguage.PrefersEnglish([]));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("en-US")]
    [InlineData("EN-gb")]
    public void English_alone_is_english(string tag)
    {
        Assert.True(UserLanguage.PrefersEnglish([(tag, 1.0)]));
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("zh-CN")]
    [InlineData("zh-Hans-CN")]
    [InlineData("ZH-tw")]
    public void Chinese_alone_is_chinese(string tag)
    {
        Assert.False(UserLanguage.PrefersEnglish([(tag, 1.0)]));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("de-DE")]
    [InlineData("*")]
    [InlineData("english")]
    public void A_language_the_system_does_not_speak_is_chinese(string tag)
    {
        Assert.False(UserLanguage.PrefersEnglish([(tag, 1.0)]));
    }

    [Fact]
    public void The_higher_quality_wins_whatever_the_order()
    {
        Assert.True(UserLanguage.PrefersEnglish([("zh-CN", 0.5), ("en", 0.9)]));
        Assert.False(UserLanguage.PrefersEnglish([("en", 0.5), ("zh-CN", 0.9)]));
        Assert.True(UserLanguage.PrefersEnglish([("en-US", 1.0), ("zh-CN", 0.9)]));
    }

    [Fact]
    public void On_a_tie_the_earlier_wins()
    {
        Assert.True(UserLanguage.PrefersEnglish([("en", 0.8), ("zh", 0.8)]));
        Assert.False(UserLanguage.PrefersEnglish([("zh", 0.8), ("en", 0.8)]));
    }

    [Fact]
    public void Other_languages_before_ours_are_passed_over()
    {
        Assert.True(UserLanguage.PrefersEnglish([("fr", 1.0), ("en", 0.7), ("zh", 0.5)]));
        Assert.False(UserLanguage.PrefersEnglish([("ja", 1.0), ("zh-CN", 0.7), ("en", 0.5)]));
    }

    [Fact]
    public void A_language_refused_with_quality_zero_is_not_chosen()
    {
        Assert.False(UserLanguage.PrefersEnglish([("en", 0.0)]));
        Assert.False(UserLanguage.PrefersEnglish([("en", 0.0), ("zh", 0.1)]));
        Assert.True(UserLanguage.PrefersEnglish([("zh", 0.0), ("en", 0.1)]));
    }

    [Fact]
    public void Text_is_chinese_outside_any_scope()
    {
        Assert.False(UserLanguage.IsEnglish);
        Assert.Equal("zh-CN", UserLanguage.Tag);
        Assert.Equal("必填", Required.ToString());
        string converted = Required;
        Assert.Equal("必填", converted);
    }

    [Fact]
    public void Text_is_english_inside_an_english_scope_and_chinese_again_after_it()
    {
        using (UserLanguage.Use(true))
        {
            Assert.True(UserLanguage.IsEnglish);
            Assert.Equal("en", UserLanguage.Tag);
            Assert.Equal("is required", Required.ToString());
            Assert.Equal("value is required", $"value {Required}");
        }

        Assert.False(UserLanguage.IsEnglish);
        Assert.Equal("必填", Required.ToString());
    }

    [Fact]
    public void A_chinese_scope_inside_an_english_one_restores_english_when_it_ends()
    {
        using (UserLanguage.Use(true))
        {
            using (UserLanguage.Use(false))
            {
                Assert.Equal("必填", Required.ToString());
            }

            Assert.Equal("is required", Required.ToString());
        }
    }

    [Fact]
    public async Task The_language_flows_into_work_the_scope_starts()
    {
        using (UserLanguage.Use(true))
        {
            var inside = await Task.Run(() => Required.ToString());
            Assert.Equal("is required", inside);
            await Task.Yield();
            Assert.Equal("is required", Required.ToString());
        }

        Assert.Equal("必填", await Task.Run(() => Required.ToString()));
    }

    [Fact]
    public async Task Two_flows_each_keep_their_own_language()
    {
        using var bothStarted = new Barrier(2);
        string Speak(bool english)
        {
            using (UserLanguage.Use(english))
            {
                bothStarted.SignalAndWait(TimeSpan.FromSeconds(5));
                return Required.ToString();
            }
        }

        var results = await Task.WhenAll(Task.Run(() => Speak(true)), Task.Run(() => Speak(false)));

        Assert.Equal(["is required", "必填"], results);
    }

    [Fact]
    public void A_message_is_taken_in_the_language_of_the_moment_it_is_reported()
    {
        var errors = new ValidationErrors();
        using (UserLanguage.Use(true))
        {
            errors.Required("name", null);
        }

        errors.Required("code", " ");
        errors.Range("grade", 13, 1, 12);

        var messages = errors.ToDictionary();
        Assert.Equal(["is required"], messages["name"]);
        Assert.Equal(["必填"], messages["code"]);
        Assert.Equal(["须在 1 到 12 之间"], messages["grade"]);
    }
}
