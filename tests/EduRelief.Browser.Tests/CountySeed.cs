using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using EduRelief.SharedKernel.Primitives;
using MiniExcelLibs;

namespace EduRelief.Browser.Tests;

/// <summary>Places and students for a browser test, made through the API so each test has a county of its own to look at.</summary>
public static class CountySeed
{
    private static int _sequence;

    public static string Code(string prefix) => prefix + Interlocked.Increment(ref _sequence).ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>A valid national ID, unique in the suite, in an area no other suite uses.</summary>
    public static string NationalId(DateOnly? born = null)
    {
        var n = Interlocked.Increment(ref _sequence);
        var first17 = string.Concat("522801", (born ?? new DateOnly(2014, 5, 12)).ToString("yyyyMMdd", CultureInfo.InvariantCulture), (n % 1000).ToString("000", CultureInfo.InvariantCulture));
        return first17 + EduRelief.SharedKernel.Primitives.NationalId.ComputeCheckCharacter(first17);
    }

    public static string Name(string prefix) => prefix + Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture);

    public static async Task<(string Township, string School)> TownshipWithSchoolAsync(this HttpClient county)
    {
        var township = Code("T");
        (await county.PostAsJsonAsync("/api/registry/townships", new { code = township, name = "城关镇" + township })).EnsureSuccessStatusCode();
        var school = Code("S");
        (await county.PostAsJsonAsync("/api/registry/schools", new { code = school, name = "学校" + school, townshipCode = township, stage = "Primary", location = "Rural", classrooms = 12 }))
            .EnsureSuccessStatusCode();
        return (township, school);
    }

    /// <summary>A UnionPay card number for the student's family: 62, the ID's first 16 digits, and the Luhn check digit.</summary>
    public static string CardFor(string nationalId)
    {
        var body = "62" + nationalId[..16];
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var digit = body[body.Length - 1 - i] - '0';
            digit = i % 2 == 0 ? digit * 2 : digit;
            sum += digit > 9 ? digit - 9 : digit;
        }

        return body + (char)('0' + ((10 - (sum % 10)) % 10));
    }

    /// <summary>Registers a student with the account aid is paid into; returns its id.</summary>
    public static async Task<string> StudentAsync(this HttpClient county, string school, string nationalId, string name, params string[] categories)
    {
        var response = await county.PostAsJsonAsync("/api/registry/students", new
        {
            nationalId,
            name,
            schoolCode = school,
            grade = 3,
            boarding = true,
            categories,
            enrolledOn = "2021-09-01",
            account = new { holder = "家长" + name, bank = "农村信用社", number = CardFor(nationalId) },
        });
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"registering {nationalId}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    /// <summary>A roster file as the county's staff would save it: UTF-8, the English header names.</summary>
    public static string RosterFile(string school, params (string NationalId, string Name)[] rows)
    {
        var text = new StringBuilder("national_id,name,school_code,grade,boarding,household_id,categories,left_behind,disability_category,disability_grade,enrolled_on\n");
        foreach (var (nationalId, name) in rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"{nationalId},{name},{school},3,false,,,false,,,2021-09-01\n");
        }

        var path = Path.Combine(Path.GetTempPath(), $"roster-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        return path;
    }

    /// <summary>The same roster as the student-aid system hands it out: an XLSX with Chinese headers on a named sheet.</summary>
    public static string RosterWorkbook(string school, params (string NationalId, string Name)[] rows)
    {
        var sheet = rows.Select(row => new Dictionary<string, object>
        {
            ["身份证号"] = row.NationalId, ["姓名"] = row.Name, ["学校代码"] = school, ["年级"] = 3, ["入学日期"] = new DateTime(2021, 9, 1),
        }).ToList();
        var path = Path.Combine(Path.GetTempPath(), $"roster-{Guid.NewGuid():N}.xlsx");
        MiniExcel.SaveAs(path, new Dictionary<string, object> { ["花名册"] = sheet }, excelType: ExcelType.XLSX);
        return path;
    }

    /// <summary>The roster as Chinese Excel saves "CSV": GB18030 bytes, Chinese headers, CRLF.</summary>
    public static string RosterFileInGb18030(string school, params (string NationalId, string Name)[] rows)
    {
        var text = new StringBuilder("身份证号,姓名,学校代码,年级,入学日期\r\n");
        foreach (var (nationalId, name) in rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"{nationalId},{name},{school},3,2021-09-01\r\n");
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = Path.Combine(Path.GetTempPath(), $"roster-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, Encoding.GetEncoding("GB18030").GetBytes(text.ToString()));
        return path;
    }
}
