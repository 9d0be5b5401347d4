using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EduRelief.Modules.Reporting.Document;

/// <summary>
/// The rendered summary as a Word document: headings in 黑体 at three sizes, paragraphs in 仿宋 with a two-character
/// first-line indent, as Chinese official documents are set, on A4.
/// </summary>
internal static class WordSummary
{
    private const string BodyFont = "仿宋";
    private const string HeadingFont = "黑体";

    public static byte[] Render(IReadOnlyList<DocumentBlock> blocks)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body(blocks.Select(Paragraph));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1440, Bottom = 1440, Left = 1800U, Right = 1800U }));
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(DocumentBlock block)
    {
        // Sizes in half-points: 二号 22pt for the title, 三号 16pt, 小三 15pt; body 三号 16pt as the county's documents are.
        var (font, size, centred, bold) = block.Level switch
        {
            1 => (HeadingFont, "44", true, true),
            2 => (HeadingFont, "32", false, false),
            3 => (HeadingFont, "30", false, false),
            _ => (BodyFont, "32", false, false),
        };
        // Schema order inside w:rPr: fonts, bold, size.
        var runProperties = new RunProperties(new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font });
        if (bold)
        {
            runProperties.Append(new Bold());
        }

        runProperties.Append(new FontSize { Val = size });
        var run = new Run(runProperties, new Text(block.Text) { Space = SpaceProcessingModeValues.Preserve });

        var properties = new ParagraphProperties(new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact });
        if (centred)
        {
            properties.Append(new Justification { Val = JustificationValues.Center });
        }
        else if (block.Level == 0)
        {
            properties.Append(new Indentation { FirstLineChars = 200 });
        }

        return new Paragraph(properties, run);
    }
}
