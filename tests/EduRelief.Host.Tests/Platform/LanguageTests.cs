using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Access;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;

namespace EduRelief.Host.Tests.Platform;

/// <summary>
/// Every error speaks the caller's language: Chinese (zh-CN) unless Accept-Language prefers English, and the
/// response says which in Content-Language.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class LanguageTests(EduReliefApp app)
{
    private const string InvalidInChinese = "一个或多个字段有误，未做任何更改";
    private const string InvalidInEnglish = "One or more fields are invalid; nothing was changed";

    /// <summary>A login body whose user name is a number: a 400 before any module code runs, for anyone.</summary>
    private const string WrongTypeBody = """{"userName": 5, "password": "x"}""";

    /// <summary>A client that names no language, as a Chinese browser without settings would.</summary>
    private HttpClient ChineseAnonymous()
    {
        var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        return client;
    }

    private static async Task<HttpResponseMessage> PostWrongTypeAsync(HttpClient client, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, AccessApi.Login)
        {
            Content = new StringContent(WrongTypeBody, Encoding.UTF8, "application/json"),
        };
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        return await client.SendAsync(request);
    }

    private static string? ContentLanguage(HttpResponseMessage response) => Assert.Single(response.Content.Headers.ContentLanguage);

    [Fact]
    public async Task A_400_is_in_chinese_when_no_language_is_named()
    {
        using var client = ChineseAnonymous();

        using var response = await PostWrongTypeAsync(client);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(InvalidInChinese, problem.Text("title"));
        Assert.Equal(["值的类型不正确"], problem.FieldErrors("userName"));
        Assert.Equal("zh-CN", ContentLanguage(response));
    }

    [Fact]
    public async Task A_400_is_in_english_when_english_is_asked_for()
    {
        using var client = app.CreateAnonymousClient();

        using var response = await PostWrongTypeAsync(client);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(InvalidInEnglish, problem.Text("title"));
        Assert.Equal(["has a value of the wrong type"], problem.FieldErrors("userName"));
        Assert.Equal("en", ContentLanguage(response));
    }

    [Theory]
    [InlineData("en-US,zh-CN;q=0.9", "en", InvalidInEnglish)]
    [InlineData("zh-CN,en;q=0.5", "zh-CN", InvalidInChinese)]
    [InlineData("fr", "zh-CN", InvalidInChinese)]
    [InlineData("fr,en;q=0.8,zh;q=0.7", "en", InvalidInEnglish)]
    [InlineData("en;q=0.3,zh-CN;q=0.6", "zh-CN", InvalidInChinese)]
    public async Task The_preferred_of_the_two_languages_wins(string acceptLanguage, string tag, string title)
    {
        using var client = ChineseAnonymous();

        using var response = await PostWrongTypeAsync(client, acceptLanguage);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(title, problem.Text("title"));
        Assert.Equal(tag, ContentLanguage(response));
    }

    [Fact]
    public async Task Missing_fields_are_reported_in_chinese()
    {
        using var admin = app.CreateAdminClient();
        admin.DefaultRequestHeaders.AcceptLanguage.Clear();

        using var response = await admin.PostRawJsonAsync(AccessApi.Users, "{}");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(InvalidInChinese, problem.Text("title"));
        Assert.Equal(["必填"], problem.FieldErrors("userName"));
        Assert.Equal(["必填"], problem.FieldErrors("password"));
        Assert.StartsWith("至少需要一个角色：", Assert.Single(problem.FieldErrors("roles")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_request_to_a_protected_endpoint_is_a_401_in_chinese()
    {
        using var client = ChineseAnonymous();

        using var response = await client.GetAsync(RegistryApi.Students);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("请先登录", problem.Text("title"));
        Assert.Equal("zh-CN", ContentLanguage(response));
    }

    [Fact]
    public async Task An_anonymous_request_asking_for_english_is_a_401_in_english()
    {
        using var client = app.CreateAnonymousClient();

        using var response = await client.GetAsync(RegistryApi.Students);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Unauthorized", problem.Text("title"));
        Assert.Equal("en", ContentLanguage(response));
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_chinese()
    {
        var userName = AccessApi.NewUserName("lang");
        using (var admin = app.CreateAdminClient())
        {
            await admin.CreateUserAsync(userName, EduRelief.SharedKernel.Identity.Roles.Auditor);
        }

        using var client = ChineseAnonymous();

        using var response = await client.LoginAsync(userName, "Wrong-Pass-2026");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("登录失败", problem.Text("title"));
        Assert.Equal("用户名或密码错误。", problem.Text("detail"));
        Assert.Equal("zh-CN", ContentLanguage(response));
    }

    [Fact]
    public async Task An_unknown_user_is_a_404_in_chinese_naming_the_user()
    {
        using var admin = app.CreateAdminClient();
        admin.DefaultRequestHeaders.AcceptLanguage.Clear();
        var userName = AccessApi.NewUserName("nobody");

        using var response = await admin.GetAsync($"{AccessApi.Users}/{userName}");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("未找到用户", problem.Text("title"));
        Assert.Equal($"未找到用户“{userName}”", problem.Text("detail"));
    }

    [Fact]
    public async Task An_upload_in_neither_utf8_nor_gb18030_is_refused_in_chinese_naming_both()
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        byte[] bytes =
        [
            .. Encoding.UTF8.GetBytes($"national_id,name,school_code,grade,enrolled_on\n{TestIds.NationalId()},"),
            0xFF, 0xFF,
            .. Encoding.UTF8.GetBytes(",S-LANG,3,2021-09-01\n"),
        ];

        using var response = await client.PostCsvBytesAsync(RegistryApi.Roster, bytes);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(InvalidInChinese, problem.Text("title"));
        var message = Assert.Single(problem.FieldErrors("file"));
        Assert.Contains("既不是有效的 UTF-8 文本，也不是有效的 GB18030", message, StringComparison.Ordinal);
        Assert.Equal("zh-CN", ContentLanguage(response));
    }

    [Fact]
    public async Task A_csv_sent_as_the_wrong_media_type_is_a_415_in_chinese()
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Clear();

        using var response = await client.PostAsync(RegistryApi.Roster, new StringContent("national_id\n", Encoding.UTF8, "application/json"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("不支持的文件类型", problem.Text("title"));
        Assert.Contains("text/csv", problem.Text("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_english_request_after_a_chinese_one_is_english_again()
    {
        using var chinese = ChineseAnonymous();
        using var english = app.CreateAnonymousClient();

        JsonNode first = await (await PostWrongTypeAsync(chinese)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        JsonNode second = await (await PostWrongTypeAsync(english)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(InvalidInChinese, first.Text("title"));
        Assert.Equal(InvalidInEnglish, second.Text("title"));
    }
}
