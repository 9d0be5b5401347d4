using EduRelief.Contracts.Reporting;
using EduRelief.Modules.Reporting.Document;
using EduRelief.Modules.Reporting.Domain;

namespace EduRelief.Tests.Reporting;

/// <summary>How the document writes figures, and what a template may say.</summary>
public sealed class SummaryDocumentTests
{
    private static SummaryFigureDto Figure(string unit, decimal? value, bool available = true) => new()
    {
        Key = "k", Section = "Subsidies", Label = "标签", LabelEn = "label", Value = value, Unit = unit, Module = "Subsidies",
        Available = available, Unavailable = available ? null : "Subsidies 模块未启用",
    };

    [Theory]
    [InlineData("yuan", "28000000", "2800万元")]
    [InlineData("yuan", "320000000", "3.2亿元")]
    [InlineData("yuan", "28123456.78", "2812.35万元")]
    [InlineData("yuan", "9999.5", "9999.5元")]
    [InlineData("fraction", "0.998", "99.8%")]
    [InlineData("fraction", "1", "100%")]
    [InlineData("personTimes", "18000", "18000人次")]
    [InlineData("schools", "23", "23所")]
    [InlineData("squareMetres", "0", "0平方米")]
    public void A_figure_is_written_as_the_countys_document_writes_it(string unit, string value, string text) =>
        Assert.Equal(text, FigureText.Of(Figure(unit, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture))));

    [Fact]
    public void A_missing_figure_never_reads_as_zero()
    {
        Assert.Equal("（暂无数据：Subsidies 模块未启用）", FigureText.Of(Figure("yuan", null, available: false)));
        Assert.Equal("（无统计对象）", FigureText.Of(Figure("fraction", null)));
    }

    [Fact]
    public void A_template_naming_an_unknown_placeholder_is_refused_with_each_unknown_named_once()
    {
        var (template, unknown) = SummaryTemplate.Read("{{year}}年发放{{aidDisbursed}}，{{aidDisbursd}}，{{ teachers }}，{{aidDisbursd}}");

        Assert.Null(template);
        Assert.Equal(["aidDisbursd", "teachers"], unknown);
    }

    [Fact]
    public void The_default_template_places_every_figure_of_the_catalogue()
    {
        var text = SummaryTemplate.Default.Text;

        Assert.All(FigureCatalogue.All, f => Assert.Contains("{{" + f.Key + "}}", text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_rendered_summary_splits_into_headings_and_paragraphs()
    {
        var blocks = DocumentBlock.Of("# 标题\n\n## 一、组织\r\n正文一段。\n#不是标题\n### （一）小节");

        Assert.Equal(
            [new DocumentBlock(1, "标题"), new DocumentBlock(2, "一、组织"), new DocumentBlock(0, "正文一段。"), new DocumentBlock(0, "#不是标题"), new DocumentBlock(3, "（一）小节")],
            blocks);
    }
}
