window.eduRelief = {
    // Marks the page as live: its circuit is connected and answers events (the prerendered page does not).
    live: () => document.body.setAttribute("data-live", ""),
    // Saves a file the console built on the server (a list's export, a bank file) through the browser's download.
    download: async (fileName, contentType, stream) => {
        const blob = new Blob([await stream.arrayBuffer()], { type: contentType });
        const url = URL.createObjectURL(blob);
        const link = document.createElement("a");
        link.href = url;
        link.download = fileName;
        document.body.appendChild(link);
        link.click();
        link.remove();
        URL.revokeObjectURL(url);
    },
    // Draws a chart with the ECharts Vizor.ECharts bundles (window.echarts); the options arrive as JSON, never as script.
    chart: {
        draw: (element, options) => {
            const chart = echarts.getInstanceByDom(element) || echarts.init(element);
            chart.setOption(JSON.parse(options), true);
        },
        dispose: (element) => {
            const chart = element && echarts.getInstanceByDom(element);
            if (chart) {
                chart.dispose();
            }
        }
    }
};
