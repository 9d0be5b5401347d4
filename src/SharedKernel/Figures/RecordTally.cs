namespace EduRelief.SharedKernel.Figures;

/// <summary>How a figure's rows make its value.</summary>
public enum RecordTally
{
    /// <summary>The number of rows.</summary>
    Count,

    /// <summary>The sum of one column.</summary>
    Sum,

    /// <summary>Σ numerator ÷ Σ denominator (or ÷ the number of rows).</summary>
    Ratio,

    /// <summary>1 − Σ numerator ÷ Σ denominator: the consolidation rate, whose rows are the dropped-out and the enrolled.</summary>
    OneMinusRatio,
}
