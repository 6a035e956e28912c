// The dashboard's monthly chart (docs/workspace.md): Apache ECharts from the app's own webjar, the series and their
// labels from the page's data attributes (the page holds no literal text, PageLabelsTest).
(function () {
  var element = document.getElementById('monthly-chart');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  var series = JSON.parse(element.dataset.series);
  var labels = element.dataset;
  var chart = echarts.init(element, null, {renderer: 'svg'});
  chart.setOption({
    animation: false,
    tooltip: {trigger: 'axis'},
    legend: {top: 0},
    grid: {left: 50, right: 50, top: 40, bottom: 30},
    xAxis: {type: 'category', data: series.months},
    yAxis: [{type: 'value'}, {type: 'value', min: 0, max: 100, axisLabel: {formatter: '{value} %'}}],
    series: [
      {name: labels.labelReceived, type: 'bar', data: series.received},
      {name: labels.labelSolved, type: 'bar', data: series.solved},
      {name: labels.labelPending, type: 'line', data: series.pending},
      {name: labels.labelPendingLate, type: 'line', data: series.pendingLate},
      {name: labels.labelOnTime, type: 'line', yAxisIndex: 1, data: series.onTime}
    ]
  });
  element.setAttribute('data-rendered', 'true');
  window.addEventListener('resize', function () { chart.resize(); });
})();
