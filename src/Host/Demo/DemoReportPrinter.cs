using System.Globalization;

namespace EduRelief.Host.Demo;

/// <summary>The report as the command line prints it: each kind of record, entered and found, then the county's description.</summary>
internal static class DemoReportPrinter
{
    public static void Print(DemoReport report, TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"demo county, seed {report.Seed}, year {report.Year}: {report.Created} records entered, {report.Found} found already there, in {report.Took.TotalSeconds:0.0} s"));
        foreach (var count in report.Counts)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count.Created,7} entered {count.Found,7} found   {count.What} ({count.WhatEn})"));
        }

        output.WriteLine();
        output.WriteLine(report.Description.Chinese);
        output.WriteLine(report.Description.English);
    }
}
