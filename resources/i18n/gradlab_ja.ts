<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>Accuracy</name>
    <message>
      <location filename="../../gui/accuracy_names.py" line="24" />
      <source>accuracy on all the data (weights at the end of the epoch)</source>
      <translation>全データでの正解率（エポック終了時の重み）</translation>
    </message>
    <message>
      <location filename="../../gui/accuracy_names.py" line="20" />
      <source>training accuracy (average over the epoch)</source>
      <translation>訓練正解率（エポック中の平均）</translation>
    </message>
    <message>
      <location filename="../../gui/accuracy_names.py" line="37" />
      <source>training, average over the epoch</source>
      <translation>訓練、エポック中の平均</translation>
    </message>
    <message>
      <location filename="../../gui/accuracy_names.py" line="33" />
      <source>training, per batch (smoothed)</source>
      <translation>訓練、バッチごと（平滑化）</translation>
    </message>
    <message>
      <location filename="../../gui/accuracy_names.py" line="41" />
      <source>validation</source>
      <translation>検証</translation>
    </message>
    <message>
      <location filename="../../gui/accuracy_names.py" line="28" />
      <source>validation accuracy</source>
      <translation>検証正解率</translation>
    </message>
  </context>
  <context>
    <name>ActivationPlot</name>
    <message>
      <location filename="../../gui/builder/activation_plot.py" line="63" />
      <source> (softmax shown for two classes: e^x / (e^x + 1))</source>
      <translation>（ソフトマックスは2クラスの場合を表示：e^x / (e^x + 1)）</translation>
    </message>
    <message>
      <location filename="../../gui/builder/activation_plot.py" line="60" />
      <source>layer {0}: </source>
      <translation>第{0}層：</translation>
    </message>
    <message>
      <location filename="../../gui/builder/activation_plot.py" line="61" />
      <source>σ = {0} and its derivative σ′</source>
      <translation>σ = {0} とその導関数 σ′</translation>
    </message>
  </context>
  <context>
    <name>Backprop</name>
    <message>
      <location filename="../../gui/backprop/texts.py" line="142" />
      <source>(softmax or sigmoid and cross-entropy together: their derivative is simply ŷ − y)</source>
      <translation>（ソフトマックスまたはシグモイドと交差エントロピーをまとめて扱うと、その微分は単に ŷ − y になります）</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/texts.py" line="105" />
      <source>L = −[y log ŷ + (1 − y) log(1 − ŷ)] = {loss}</source>
      <translation>L = −[y log ŷ + (1 − y) log(1 − ŷ)] = {loss}</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/texts.py" line="106" />
      <source>L = −log ŷ of the right class ({cls}) = −log {p} = {loss}</source>
      <translation>L = −log（正解クラス {cls} の ŷ）= −log {p} = {loss}</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/texts.py" line="157" />
      <source>Some values are not numbers (NaN) or infinite (∞): the training diverged. They are drawn in black; reset the weights in the builder or take a smaller learning rate.</source>
      <translation>数でない値 (NaN) や無限大 (∞) があります：学習が発散しました。それらは黒で描いています。ビルダーで重みをリセットするか、学習係数を小さくしてください。</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/texts.py" line="163" />
      <source>This network ({sizes}) is too large to draw unit by unit: each layer is drawn as a heat map (red positive, blue negative).</source>
      <translation>このネットワーク ({sizes}) はユニットごとに描くには大きすぎるので、各層をヒートマップで描いています（赤が正、青が負）。</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/texts.py" line="43" />
      <source>[{rows}×{cols} matrix: see the heat map]</source>
      <translation>[{rows}×{cols} 行列：ヒートマップを見てください]</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/texts.py" line="79" />
      <location filename="../../gui/backprop/texts.py" line="126" />
      <source>∂L/∂L = 1: the backward pass starts at the loss.</source>
      <translation>∂L/∂L = 1：逆伝播は損失から始まります。</translation>
    </message>
  </context>
  <context>
    <name>BackpropTool</name>
    <message>
      <location filename="../../gui/backprop/tool.py" line="85" />
      <source>Backprop</source>
      <translation>誤差逆伝播</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/tool.py" line="50" />
      <source>Check</source>
      <translation>確かめる</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/tool.py" line="49" />
      <source>Example</source>
      <translation>例</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/tool.py" line="52" />
      <source>Exercise</source>
      <translation>演習</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/tool.py" line="51" />
      <source>One step</source>
      <translation>1ステップ</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/tool.py" line="66" />
      <source>back to the start of the graph</source>
      <translation>グラフの最初に戻る</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/tool.py" line="64" />
      <source>next node</source>
      <translation>次のノードを計算</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/tool.py" line="65" />
      <source>undo the last node</source>
      <translation>最後のノードを取り消す</translation>
    </message>
  </context>
  <context>
    <name>BuilderTool</name>
    <message>
      <location filename="../../gui/builder/tool.py" line="163" />
      <source> (the network keeps {0})</source>
      <translation>（ネットワークは {0} のままです）</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="68" />
      <source>&lt;b&gt;Layers&lt;/b&gt; (input → output; drag to reorder)</source>
      <translation>&lt;b&gt;層&lt;/b&gt;（入力 → 出力、ドラッグで並べ替え）</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="92" />
      <source>Activation</source>
      <translation>活性化関数</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="227" />
      <source>Could not open {0}: {1}</source>
      <translation>{0} を開けませんでした：{1}</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="211" />
      <source>Could not save {0}: {1}</source>
      <translation>{0} を保存できませんでした：{1}</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="93" />
      <source>Layer 1 weights</source>
      <translation>第1層の重み</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="267" />
      <source>Load network description</source>
      <translation>ネットワーク構成の読み込み</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="252" />
      <source>Loaded {0}.</source>
      <translation>{0} を読み込みました。</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="77" />
      <source>Load…</source>
      <translation>読み込み…</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="53" />
      <source>Network</source>
      <translation>ネットワーク</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="261" />
      <source>Network description (*.json)</source>
      <translation>ネットワーク構成 (*.json)</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="269" />
      <source>Network description (*.json);;All files (*)</source>
      <translation>ネットワーク構成 (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="79" />
      <source>New weights</source>
      <translation>新しい重み</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="254" />
      <source>Note: {0}.</source>
      <translation>注意：{0}。</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="73" />
      <location filename="../../gui/builder/tool.py" line="123" />
      <source>Redo</source>
      <translation>やり直し</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="74" />
      <source>Redo the change undone (Ctrl+Shift+Z)</source>
      <translation>取り消した変更をやり直す (Ctrl+Shift+Z)</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="259" />
      <source>Save network description</source>
      <translation>ネットワーク構成の保存</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="213" />
      <source>Saved the network description to {0}</source>
      <translation>ネットワーク構成を {0} に保存しました</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="75" />
      <source>Save…</source>
      <translation>保存…</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="71" />
      <location filename="../../gui/builder/tool.py" line="121" />
      <source>Undo</source>
      <translation>元に戻す</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="72" />
      <source>Undo the last change of the network (Ctrl+Z)</source>
      <translation>ネットワークへの最後の変更を取り消す (Ctrl+Z)</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="222" />
      <source>a number with more than {0} digits</source>
      <translation>{0} 桁を超える数があります</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="168" />
      <source>change the network</source>
      <translation>ネットワークの変更</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="80" />
      <source>draw new random starting weights</source>
      <translation>新しいランダムな初期の重みを引く</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="247" />
      <source>its input size {0} was changed to {1} to match the data</source>
      <translation>データに合わせて入力の大きさを {0} から {1} に変えました</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="250" />
      <source>its output layer was changed to fit the task</source>
      <translation>タスクに合わせて出力層を変えました</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="240" />
      <source>layer {0}: </source>
      <translation>第{0}層：</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="221" />
      <source>lists nested more than {0} levels deep</source>
      <translation>リストが {0} 段より深く入れ子になっています</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="78" />
      <source>load a network description (spec) from JSON</source>
      <translation>ネットワーク構成を JSON から読み込む</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="251" />
      <source>load {0}</source>
      <translation>{0} の読み込み</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="185" />
      <source>loss</source>
      <translation>損失</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="181" />
      <source>preset</source>
      <translation>プリセット</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="76" />
      <source>save the network's description (spec) as JSON</source>
      <translation>ネットワーク構成を JSON で保存</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="174" />
      <source>set the network</source>
      <translation>ネットワークの設定</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="230" />
      <source>{0} is not a text file: a network description is JSON text</source>
      <translation>{0} はテキストファイルではありません：ネットワーク構成は JSON のテキストです</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="223" />
      <source>{0} is not a usable network description: {1}. Nothing was changed.</source>
      <translation>{0} は使えるネットワーク構成ではありません：{1}。何も変更していません。</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="241" />
      <source>{0} is not a usable network description: {1}{2}. Nothing was changed.</source>
      <translation>{0} は使えるネットワーク構成ではありません：{1}{2}。何も変更していません。</translation>
    </message>
    <message>
      <location filename="../../gui/builder/tool.py" line="233" />
      <source>{0} is not valid JSON (line {1}, column {2}: {3})</source>
      <translation>{0} は正しい JSON ではありません（{1} 行 {2} 列：{3}）</translation>
    </message>
  </context>
  <context>
    <name>CheckPanel</name>
    <message>
      <location filename="../../gui/backprop/check_panel.py" line="20" />
      <source>Column j of W (the input the weight comes from)</source>
      <translation>W の列 j（重みの出どころの入力）</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/check_panel.py" line="40" />
      <source>Is the backward pass right? Nudge one parameter by ε: the loss should change by about ε · ∂L/∂θ.</source>
      <translation>逆伝播は正しいでしょうか？ パラメータを一つだけ ε ずらしてみましょう。損失はおよそ ε · ∂L/∂θ だけ変わるはずです。</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/check_panel.py" line="18" />
      <source>Row i of W (the unit the weight leads to), as in the lecture's W x</source>
      <translation>W の行 i（重みの行き先のユニット）。講義の W x と同じ並びです</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/check_panel.py" line="24" />
      <source>The nudge ε: small ε gives the derivative, large ε shows the curvature</source>
      <translation>ずらす量 ε：小さい ε では微分が得られ、大きい ε では曲がり具合が見えます</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/check_panel.py" line="16" />
      <source>The parameter θ to nudge</source>
      <translation>ずらすパラメータ θ</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/check_panel.py" line="109" />
      <source>The two derivatives {verdict}.</source>
      <translation>二つの微分は{verdict}。</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/check_panel.py" line="98" />
      <source>agree</source>
      <translation>一致しています</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/check_panel.py" line="104" />
      <source>backpropagation ∂L/∂θ</source>
      <translation>誤差逆伝播法による ∂L/∂θ</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/check_panel.py" line="99" />
      <source>cannot be compared (not a number)</source>
      <translation>比べられません（数ではありません）</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/check_panel.py" line="103" />
      <source>central difference (L(θ + ε) − L(θ − ε)) / 2ε</source>
      <translation>中心差分 (L(θ + ε) − L(θ − ε)) / 2ε</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/check_panel.py" line="98" />
      <source>differ (try a smaller ε)</source>
      <translation>食い違っています（ε を小さくしてみてください）</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/check_panel.py" line="101" />
      <source>loss change L(θ + ε) − L(θ)</source>
      <translation>損失の変化 L(θ + ε) − L(θ)</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/check_panel.py" line="105" />
      <source>relative error</source>
      <translation>相対誤差</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/check_panel.py" line="39" />
      <source>ε =</source>
      <translation>ε =</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/check_panel.py" line="102" />
      <source>ε · ∂L/∂θ (what the gradient predicts)</source>
      <translation>ε · ∂L/∂θ（勾配から予想される変化）</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/check_panel.py" line="38" />
      <source>θ =</source>
      <translation>θ =</translation>
    </message>
  </context>
  <context>
    <name>ClassGallery</name>
    <message>
      <location filename="../../gui/pictures/gallery.py" line="98" />
      <source>&lt;b&gt;{0}&lt;/b&gt;: {1} pictures ({2}%)</source>
      <translation>&lt;b&gt;{0}&lt;/b&gt;：{1} 枚（{2}%）</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/gallery.py" line="93" />
      <source>{0} pictures in {1} classes; balance of the classes:</source>
      <translation>{1} クラスの写真 {0} 枚。クラスの偏り：</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/gallery.py" line="101" />
      <source>— the first {0} are shown</source>
      <translation>— 最初の {0} 個を表示</translation>
    </message>
  </context>
  <context>
    <name>ClassNames</name>
    <message>
      <location filename="../../gui/class_names.py" line="12" />
      <source>A</source>
      <translation>クラスA</translation>
    </message>
    <message>
      <location filename="../../gui/class_names.py" line="12" />
      <source>B</source>
      <translation>クラスB</translation>
    </message>
    <message>
      <location filename="../../gui/class_names.py" line="24" />
      <source>C</source>
      <translation>クラスC</translation>
    </message>
    <message>
      <location filename="../../gui/class_names.py" line="24" />
      <source>D</source>
      <translation>クラスD</translation>
    </message>
    <message>
      <location filename="../../gui/class_names.py" line="25" />
      <source>E</source>
      <translation>クラスE</translation>
    </message>
    <message>
      <location filename="../../gui/class_names.py" line="25" />
      <source>F</source>
      <translation>クラスF</translation>
    </message>
    <message>
      <location filename="../../gui/class_names.py" line="26" />
      <source>G</source>
      <translation>クラスG</translation>
    </message>
    <message>
      <location filename="../../gui/class_names.py" line="26" />
      <source>H</source>
      <translation>クラスH</translation>
    </message>
    <message>
      <location filename="../../gui/class_names.py" line="27" />
      <source>I</source>
      <translation>クラスI</translation>
    </message>
    <message>
      <location filename="../../gui/class_names.py" line="27" />
      <source>J</source>
      <translation>クラスJ</translation>
    </message>
    <message>
      <location filename="../../gui/class_names.py" line="16" />
      <source>arm 1</source>
      <translation>腕 1</translation>
    </message>
    <message>
      <location filename="../../gui/class_names.py" line="16" />
      <source>arm 2</source>
      <translation>腕 2</translation>
    </message>
    <message>
      <location filename="../../gui/class_names.py" line="17" />
      <source>arm 3</source>
      <translation>腕 3</translation>
    </message>
    <message>
      <location filename="../../gui/class_names.py" line="19" />
      <source>brick</source>
      <translation>れんが</translation>
    </message>
    <message>
      <location filename="../../gui/class_names.py" line="13" />
      <source>different sign</source>
      <translation>異符号</translation>
    </message>
    <message>
      <location filename="../../gui/class_names.py" line="18" />
      <source>face</source>
      <translation>顔</translation>
    </message>
    <message>
      <location filename="../../gui/class_names.py" line="19" />
      <source>grass</source>
      <translation>芝生</translation>
    </message>
    <message>
      <location filename="../../gui/class_names.py" line="20" />
      <source>gravel</source>
      <translation>砂利</translation>
    </message>
    <message>
      <location filename="../../gui/class_names.py" line="14" />
      <source>inside</source>
      <translation>内側</translation>
    </message>
    <message>
      <location filename="../../gui/class_names.py" line="15" />
      <source>lower</source>
      <translation>下側</translation>
    </message>
    <message>
      <location filename="../../gui/class_names.py" line="18" />
      <source>not face</source>
      <translation>顔以外</translation>
    </message>
    <message>
      <location filename="../../gui/class_names.py" line="14" />
      <source>outside</source>
      <translation>外側</translation>
    </message>
    <message>
      <location filename="../../gui/class_names.py" line="13" />
      <source>same sign</source>
      <translation>同符号</translation>
    </message>
    <message>
      <location filename="../../gui/class_names.py" line="15" />
      <source>upper</source>
      <translation>上側</translation>
    </message>
  </context>
  <context>
    <name>ConfusionPanel</name>
    <message>
      <location filename="../../gui/dashboard/confusion_panel.py" line="45" />
      <source>&lt;b&gt;Confusion matrix&lt;/b&gt; (after the first epoch)</source>
      <translation>&lt;b&gt;混同行列&lt;/b&gt;（最初のエポックの後に表示）</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/confusion_panel.py" line="75" />
      <source>&lt;b&gt;Confusion matrix&lt;/b&gt; after epoch {0}: {1} of {2} right; {3} {4}</source>
      <translation>&lt;b&gt;混同行列&lt;/b&gt;、エポック {0} の後：{2} 個中 {1} 個正解、{3} {4}</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/confusion_panel.py" line="21" />
      <location filename="../../gui/dashboard/confusion_panel.py" line="26" />
      <source>Rows: true class; columns: predicted class. Click a cell to see its examples.</source>
      <translation>行：正解のクラス、列：予測したクラス。セルをクリックすると、その例を表示します。</translation>
    </message>
  </context>
  <context>
    <name>ConfusionView</name>
    <message>
      <location filename="../../gui/pictures/confusion_view.py" line="30" />
      <source>predicted</source>
      <translation>予測</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/confusion_view.py" line="52" />
      <source>rows: true class</source>
      <translation>行：正解のクラス</translation>
    </message>
  </context>
  <context>
    <name>ControlsPanel</name>
    <message>
      <location filename="../../gui/stepper/controls.py" line="31" />
      <source>Back to Step 1 at the start point (R)</source>
      <translation>初期値で手順1に戻る (R)</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/controls.py" line="22" />
      <source>Do the next of the four steps (Space)</source>
      <translation>四つの手順の次の一つを実行 (Space)</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/controls.py" line="101" />
      <source>Pause</source>
      <translation>一時停止</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/controls.py" line="30" />
      <source>Reset</source>
      <translation>リセット</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/controls.py" line="27" />
      <location filename="../../gui/stepper/controls.py" line="101" />
      <source>Run</source>
      <translation>実行</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/controls.py" line="112" />
      <source>Speed: {n}/s</source>
      <translation>速さ：{n} 回/秒</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/controls.py" line="29" />
      <source>Step on by itself at the speed below; click again to stop</source>
      <translation>下の速さで自動的に進めます。もう一度クリックすると止まります</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/predictions.py" line="33" />
      <location filename="../../gui/stepper/controls.py" line="21" />
      <source>Step ▶</source>
      <translation>ステップ ▶</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/controls.py" line="26" />
      <source>Steps 2 and 3 at once: compute g and move</source>
      <translation>手順2と3をまとめて：g を計算して移動</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/controls.py" line="38" />
      <source>Steps per second while running</source>
      <translation>実行中の1秒あたりのステップ数</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/controls.py" line="24" />
      <source>Undo the last step (Backspace)</source>
      <translation>最後の手順を取り消す (Backspace)</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/controls.py" line="25" />
      <source>Whole iteration ▶▶</source>
      <translation>1 反復まとめて ▶▶</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/controls.py" line="23" />
      <source>◀ Back</source>
      <translation>◀ 戻る</translation>
    </message>
  </context>
  <context>
    <name>CurveView</name>
    <message>
      <location filename="../../gui/stepper/curve_view.py" line="110" />
      <source>(f there is not a finite number)</source>
      <translation>（そこでは f が有限の数になりません）</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/curve_view.py" line="99" />
      <source>(the slope is not a finite number)</source>
      <translation>（傾きが有限の数になりません）</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/curve_view.py" line="86" />
      <source>f({0}) is not a finite number: nothing to draw here</source>
      <translation>f({0}) は有限の数ではありません：ここには何も描けません</translation>
    </message>
  </context>
  <context>
    <name>DashboardTool</name>
    <message>
      <location filename="../../gui/dashboard/output_view.py" line="98" />
      <source> (circled on the map)</source>
      <translation>（マップ上で丸で囲んでいます）</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/run_buttons.py" line="79" />
      <location filename="../../gui/dashboard/tool.py" line="269" />
      <source>A run is in progress: stop it first.</source>
      <translation>学習を実行中です。先に停止してください。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/export.py" line="22" />
      <location filename="../../gui/dashboard/export.py" line="26" />
      <source>CSV files (*.csv)</source>
      <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/export.py" line="25" />
      <source>CSV files (*.csv);;All files (*)</source>
      <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/run_buttons.py" line="58" />
      <location filename="../../gui/dashboard/run_buttons.py" line="72" />
      <source>Continue</source>
      <translation>続ける</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/tool.py" line="548" />
      <source>Done.</source>
      <translation>完了しました。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/run_buttons.py" line="36" />
      <location filename="../../gui/dashboard/run_buttons.py" line="80" />
      <source>Draw new starting weights from the seed</source>
      <translation>シードから新しい初期の重みを引く</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/run_buttons.py" line="33" />
      <source>End the run after the batch in progress; its history is kept</source>
      <translation>今のバッチが終わったところで学習を終えます。履歴は残ります</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/output_view.py" line="89" />
      <source>Examples of “{0}” predicted as “{1}”: {2}</source>
      <translation>「{0}」が「{1}」と予測された例：{2}</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/run_buttons.py" line="41" />
      <source>Export / load…</source>
      <translation>書き出し / 読み込み…</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/run_buttons.py" line="47" />
      <source>Export the accuracy plot as PNG or SVG…</source>
      <translation>正解率のグラフを PNG または SVG で書き出す…</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/run_buttons.py" line="48" />
      <source>Export the decision map as PNG or SVG…</source>
      <translation>決定領域の図を PNG または SVG で書き出す…</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/export.py" line="22" />
      <source>Export the history</source>
      <translation>履歴の書き出し</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/run_buttons.py" line="45" />
      <source>Export the history as CSV…</source>
      <translation>履歴を CSV で書き出す…</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/run_buttons.py" line="42" />
      <source>Export the history or a plot, save or load the network</source>
      <translation>履歴やグラフを書き出す、ネットワークを保存・読み込みする</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/run_buttons.py" line="46" />
      <source>Export the loss plot as PNG or SVG…</source>
      <translation>損失のグラフを PNG または SVG で書き出す…</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/export.py" line="27" />
      <source>Export the plot</source>
      <translation>グラフの書き出し</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/messages.py" line="35" />
      <source>Finished {0} epochs, but the network did not learn: {1}</source>
      <translation>{0} エポック終わりましたが、ネットワークは学習できていません：{1}</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/messages.py" line="39" />
      <source>Finished {0} epochs: training loss {1}</source>
      <translation>{0} エポック完了：訓練損失 {1}</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/export.py" line="24" />
      <source>Load a network</source>
      <translation>ネットワークの読み込み</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/run_buttons.py" line="49" />
      <source>Load a network (.npz)…</source>
      <translation>ネットワークを読み込む (.npz)…</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/export.py" line="25" />
      <source>Load points</source>
      <translation>点を読み込む</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/export.py" line="23" />
      <location filename="../../gui/dashboard/export.py" line="24" />
      <source>Networks (*.npz)</source>
      <translation>ネットワーク (*.npz)</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/tool.py" line="356" />
      <source>Not learning: {0}</source>
      <translation>学習が進んでいません：{0}</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/export.py" line="27" />
      <source>PNG pictures (*.png);;SVG drawings (*.svg)</source>
      <translation>PNG 画像 (*.png);;SVG 図 (*.svg)</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/run_buttons.py" line="23" />
      <location filename="../../gui/dashboard/run_buttons.py" line="59" />
      <location filename="../../gui/dashboard/run_buttons.py" line="74" />
      <source>Pause</source>
      <translation>一時停止</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/run_buttons.py" line="32" />
      <source>Pause the run, or resume it</source>
      <translation>学習を一時停止、または再開します</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/run_buttons.py" line="27" />
      <source>Reset weights</source>
      <translation>重みをリセット</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/run_buttons.py" line="59" />
      <location filename="../../gui/dashboard/run_buttons.py" line="74" />
      <source>Resume</source>
      <translation>再開</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/export.py" line="23" />
      <source>Save the network</source>
      <translation>ネットワークの保存</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/run_buttons.py" line="49" />
      <source>Save the network (.npz)…</source>
      <translation>ネットワークを保存 (.npz)…</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/export.py" line="26" />
      <source>Save the points</source>
      <translation>点を保存</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/run_buttons.py" line="22" />
      <location filename="../../gui/dashboard/run_buttons.py" line="58" />
      <location filename="../../gui/dashboard/run_buttons.py" line="72" />
      <location filename="../../gui/lesson/predictions.py" line="34" />
      <source>Start</source>
      <translation>開始</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/run_buttons.py" line="25" />
      <source>Step one batch</source>
      <translation>1 バッチ進める</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/run_buttons.py" line="26" />
      <source>Step one epoch</source>
      <translation>1 エポック進める</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/run_buttons.py" line="24" />
      <source>Stop</source>
      <translation>停止</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/messages.py" line="33" />
      <source>Stopped at epoch {0}, batch {1}; the history is kept.</source>
      <translation>エポック {0}、バッチ {1} で停止しました。履歴は残っています。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/tool.py" line="426" />
      <source>The data changed in another tab: the run was stopped.</source>
      <translation>別のタブでデータが変わったので、学習を停止しました。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/messages.py" line="30" />
      <source>The loss diverged at epoch {0}: try a smaller learning rate (now {1}). The history before it is kept.</source>
      <translation>エポック {0} で損失が発散しました。もっと小さな学習係数を試してください（今は {1}）。それまでの履歴は残っています。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/tool.py" line="465" />
      <source>The network cannot learn this data: {0}</source>
      <translation>ネットワークはこのデータを学習できません：{0}</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/tool.py" line="438" />
      <source>The network changed in the builder: the run was stopped.</source>
      <translation>ビルダーでネットワークが変わったので、学習を停止しました。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/tool.py" line="467" />
      <source>The network was fitted to the data: {0} inputs, {1} outputs.</source>
      <translation>ネットワークをデータに合わせました：入力 {0} 個、出力 {1} 個。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/tool.py" line="218" />
      <source>The run in progress cannot be deleted: stop it first.</source>
      <translation>実行中の学習は削除できません。先に停止してください。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/tool.py" line="214" />
      <source>The weights were drawn again from seed {0}.</source>
      <translation>シード {0} から重みを引き直しました。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/tool.py" line="230" />
      <source>There is no run to export yet.</source>
      <translation>書き出す実行結果はまだありません。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/run_buttons.py" line="35" />
      <source>Train for one epoch (all the data once), then stop</source>
      <translation>1 エポック（全データを1回）学習して止まります</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/run_buttons.py" line="34" />
      <source>Train on one mini-batch, then stop</source>
      <translation>ミニバッチ1つ分だけ学習して止まります</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/run_buttons.py" line="31" />
      <source>Train the network on the data with these settings</source>
      <translation>この設定でネットワークにデータを学習させます</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/tool.py" line="99" />
      <source>Training</source>
      <translation>学習</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/tool.py" line="399" />
      <source>Training failed: {0}</source>
      <translation>学習に失敗しました：{0}</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/tool.py" line="325" />
      <source>Training {0} on {1}.</source>
      <translation>{1} で {0} を学習中。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/tool.py" line="288" />
      <source>quadratic model</source>
      <translation>二次関数のモデル</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/tool.py" line="316" />
      <source>run {0}: {1}, {2}, α = {3}</source>
      <translation>実行 {0}：{1}、{2}、α = {3}</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/tool.py" line="324" />
      <source>the data</source>
      <translation>データ</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/messages.py" line="21" />
      <source>the loss has hardly fallen in {0} epochs (now {1}, at the start {2}). Try another α (now {3}): smaller if the loss jumps, larger if it creeps; or a larger network.</source>
      <translation>{0} エポックで損失がほとんど下がっていません（今 {1}、最初 {2}）。別の α を試してください（今は {3}）。損失が跳ね回るなら小さく、ゆっくりしか下がらないなら大きく。または、もっと大きなネットワークにしてください。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/messages.py" line="19" />
      <source>the loss jumps about above where it started (now {0}, at the start {1}): the steps overshoot. Try a smaller learning rate α (now {2}).</source>
      <translation>損失が最初の値より上で跳ね回っています（今 {0}、最初 {1}）：一歩が大きすぎて行き過ぎています。もっと小さな学習係数 α を試してください（今は {2}）。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/data_panel.py" line="24" />
      <source>y = {0} x² {1} x {2}</source>
      <translation>y = {0} x² {1} x {2}</translation>
    </message>
  </context>
  <context>
    <name>DataNames</name>
    <message>
      <location filename="../../gui/class_names.py" line="31" />
      <source>faces</source>
      <translation>サンプル「顔」</translation>
    </message>
    <message>
      <location filename="../../gui/class_names.py" line="31" />
      <source>textures</source>
      <translation>サンプル「テクスチャ」</translation>
    </message>
  </context>
  <context>
    <name>DataPanel</name>
    <message>
      <location filename="../../gui/dashboard/data_panel.py" line="59" />
      <source>Another seed draws other points of the same kind</source>
      <translation>シードを変えると同じ種類の別の点が作られます</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/data_panel.py" line="30" />
      <source>Circles</source>
      <translation>同心円</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/data_panel.py" line="50" />
      <source>Data</source>
      <translation>データ</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/data_panel.py" line="40" />
      <source>Data and model</source>
      <translation>データとモデル</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/data_panel.py" line="60" />
      <source>Data seed</source>
      <translation>データのシード</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/data_panel.py" line="56" />
      <source>How far the points stray from the pattern</source>
      <translation>点が模様からどれだけずれるか</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/data_panel.py" line="53" />
      <source>How many points the data set has</source>
      <translation>データセットの点の数</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/data_panel.py" line="76" />
      <source>Model</source>
      <translation>モデル</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/data_panel.py" line="30" />
      <source>Moons</source>
      <translation>三日月</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/data_panel.py" line="72" />
      <source>Network from the builder</source>
      <translation>ビルダーのネットワーク</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/data_panel.py" line="57" />
      <source>Noise</source>
      <translation>ノイズ</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/data_panel.py" line="54" />
      <source>Points</source>
      <translation>点の数</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/data_panel.py" line="73" />
      <source>Quadratic model a x² + b x + c</source>
      <translation>二次関数のモデル a x² + b x + c</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/data_panel.py" line="32" />
      <source>Quadratic y = a x² + b x + c</source>
      <translation>二次関数 y = a x² + b x + c</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/data_panel.py" line="31" />
      <source>Spiral (2 classes)</source>
      <translation>渦巻き（2クラス）</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/data_panel.py" line="31" />
      <source>Spiral (3 classes)</source>
      <translation>渦巻き（3クラス）</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/data_panel.py" line="33" />
      <source>The session's data set</source>
      <translation>セッションのデータセット</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/data_panel.py" line="30" />
      <source>Two blobs</source>
      <translation>二つの塊</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/data_panel.py" line="74" />
      <source>What learns the data: the network from the builder, or the quadratic model of the lecture</source>
      <translation>データを学習するもの：ビルダーのネットワーク、または講義の二次式モデル</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/data_panel.py" line="30" />
      <source>XOR</source>
      <translation>XOR</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/data_panel.py" line="32" />
      <source>Your points: classes</source>
      <translation>自分の点：クラス</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/data_panel.py" line="33" />
      <source>Your points: x, y</source>
      <translation>自分の点：x, y</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/data_panel.py" line="65" />
      <source>{0} of the curve y = a x² + b x + c the points come from</source>
      <translation>点のもとになる曲線 y = a x² + b x + c の {0}</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/data_panel.py" line="47" />
      <source>“Your points” are drawn on the plot (Edit points) or loaded from a CSV file; “The session's data set” is the data chosen in another tab, for example a picture folder</source>
      <translation>「自分の点」はプロットに描く（点を編集）か CSV ファイルから読み込みます。「セッションのデータセット」は別のタブで選んだデータ（たとえば画像フォルダ）です</translation>
    </message>
  </context>
  <context>
    <name>ErrorDialog</name>
    <message>
      <location filename="../../gui/errors.py" line="32" />
      <source>Something went wrong, but your work is still here. The details below help us fix it.</source>
      <translation>問題が発生しましたが、作業内容は残っています。下の詳細は修正の手がかりになります。</translation>
    </message>
    <message>
      <location filename="../../gui/errors.py" line="31" />
      <source>Unexpected error</source>
      <translation>予期しないエラー</translation>
    </message>
  </context>
  <context>
    <name>EvaluationPanel</name>
    <message>
      <location filename="../../gui/pictures/evaluation_panel.py" line="28" />
      <source>Accuracy</source>
      <translation>正解率</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/evaluation_panel.py" line="26" />
      <source>Accuracy per class</source>
      <translation>クラスごとの正解率</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/evaluation_panel.py" line="27" />
      <source>Class</source>
      <translation>クラス</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/evaluation_panel.py" line="51" />
      <source>Confusion matrix (validation pictures)</source>
      <translation>混同行列（検証用の写真）</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/evaluation_panel.py" line="27" />
      <source>Correct</source>
      <translation>正解</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/evaluation_panel.py" line="23" />
      <source>Evaluate the network now</source>
      <translation>今すぐネットワークを評価</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/evaluation_panel.py" line="24" />
      <source>Measure the network on the pictures with its current weights</source>
      <translation>今の重みでネットワークを画像で評価する</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/evaluation_panel.py" line="93" />
      <source>Misclassified validation pictures: {0} (most confident mistakes first)</source>
      <translation>誤分類された検証用の写真：{0} 枚（自信をもって間違えたものから順に）</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/evaluation_panel.py" line="95" />
      <source>No validation picture is misclassified.</source>
      <translation>誤分類された検証用の写真はありません。</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/evaluation_panel.py" line="27" />
      <source>Pictures</source>
      <translation>写真</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/evaluation_panel.py" line="36" />
      <source>The pictures the network gets wrong, with what it said</source>
      <translation>ネットワークが間違えた画像と、その答え</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/evaluation_panel.py" line="61" />
      <source>Train the network on the pictures (Training tab), then see here how it does on the validation pictures it never trained on.</source>
      <translation>写真でネットワークを学習させ（「学習」タブ）、学習に使っていない検証用の写真での結果をここで見てください。</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/evaluation_panel.py" line="47" />
      <source>Validation accuracy per class</source>
      <translation>クラスごとの検証正解率</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/evaluation_panel.py" line="77" />
      <source>Validation accuracy {0}% on {1} pictures the network never trained on (share {2}, seed {3})</source>
      <translation>学習に使っていない写真 {1} 枚での検証正解率 {0}%（割合 {2}、シード {3}）</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/evaluation_panel.py" line="99" />
      <source>is {0}
said {1} {2}%</source>
      <translation>正解 {0}
予測 {1} {2}%</translation>
    </message>
  </context>
  <context>
    <name>ExamplePanel</name>
    <message>
      <location filename="../../gui/backprop/example_panel.py" line="41" />
      <source>Example no.</source>
      <translation>例の番号</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/example_panel.py" line="61" />
      <source>Input x</source>
      <translation>入力 x</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/example_panel.py" line="24" />
      <source>Parameter a</source>
      <translation>パラメータ a</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/example_panel.py" line="24" />
      <source>Parameter b</source>
      <translation>パラメータ b</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/example_panel.py" line="25" />
      <source>Parameter c</source>
      <translation>パラメータ c</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/example_panel.py" line="56" />
      <source>Run the forward and backward pass on the numbers typed above</source>
      <translation>上に入力した数値で順伝播と逆伝播を行う</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/example_panel.py" line="62" />
      <source>Teacher y</source>
      <translation>教師 y</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/example_panel.py" line="54" />
      <source>The class (0, 1, …) or the target number(s) for your input</source>
      <translation>入力に対するクラス (0, 1, …) または目標の数</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/example_panel.py" line="25" />
      <source>The example's input x</source>
      <translation>例の入力 x</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/example_panel.py" line="18" />
      <source>The network and data of this session</source>
      <translation>このセッションのネットワークとデータ</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/example_panel.py" line="133" />
      <source>The network predicts {n} number(s); type as many targets.</source>
      <translation>ネットワークは {n} 個の数を予測します。目標も同じ数だけ入力してください。</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/example_panel.py" line="121" />
      <source>The network takes {n} input numbers; you typed {m}.</source>
      <translation>ネットワークの入力は {n} 個の数ですが、入力されたのは {m} 個です。</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/example_panel.py" line="17" />
      <source>The quadratic model ŷ = a x² + b x + c</source>
      <translation>二次関数のモデル ŷ = a x² + b x + c</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/example_panel.py" line="127" />
      <source>The teacher is a class number from 0 to {k}.</source>
      <translation>教師は 0 から {k} までのクラス番号です。</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/example_panel.py" line="26" />
      <source>The teacher value y for this x</source>
      <translation>この x に対する教師の値 y</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/example_panel.py" line="19" />
      <source>Trace the lecture's model, or the network built in “Network” on the data of “Training”</source>
      <translation>講義のモデル、または「ネットワーク」で作ったネットワークを「学習」のデータでたどります</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/example_panel.py" line="55" />
      <source>Trace these numbers</source>
      <translation>この数でたどる</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/example_panel.py" line="118" />
      <source>Type numbers only, like 0.5, −1.2</source>
      <translation>0.5, −1.2 のように数だけを入力してください</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/example_panel.py" line="39" />
      <source>Which example of the session's data (toy points or pictures) is traced</source>
      <translation>セッションのデータ（2次元の点または写真）のうち、どの例をたどるか</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/example_panel.py" line="51" />
      <source>Your own input numbers, separated by commas or spaces</source>
      <translation>自分で決めた入力の数（コンマか空白で区切る）</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/example_panel.py" line="53" />
      <source>class number or target</source>
      <translation>クラス番号または目標</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/example_panel.py" line="50" />
      <source>e.g. 0.5, −1</source>
      <translation>例：0.5, −1</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/example_panel.py" line="106" />
      <source>x = ({x}), teacher: {y}</source>
      <translation>x = ({x})、教師：{y}</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/example_panel.py" line="99" />
      <source>{n} numbers</source>
      <translation>{n} 個の数</translation>
    </message>
  </context>
  <context>
    <name>ExamplesDialog</name>
    <message>
      <location filename="../../gui/dashboard/examples_dialog.py" line="45" />
      <source>The first {0} of {1} examples</source>
      <translation>{1} 個の例のうち最初の {0} 個</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/examples_dialog.py" line="38" />
      <source>example {0}</source>
      <translation>例 {0}</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/examples_dialog.py" line="44" />
      <source>{0} examples</source>
      <translation>{0} 個の例</translation>
    </message>
  </context>
  <context>
    <name>ExercisePanel</name>
    <message>
      <location filename="../../gui/backprop/exercise_panel.py" line="145" />
      <source>Answer: {u} · {l} = {v}</source>
      <translation>答え：{u} · {l} = {v}</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/exercise_panel.py" line="21" />
      <source>Check</source>
      <translation>答え合わせ</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/exercise_panel.py" line="23" />
      <source>Check the value you typed</source>
      <translation>入力した値を確かめる</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/exercise_panel.py" line="136" />
      <source>Not yet. Write it as (upstream value) × (local derivative) and compute each factor separately.</source>
      <translation>まだです。（上流の値）×（局所的な微分）の形に書いて、それぞれの因子を別々に計算してください。</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/exercise_panel.py" line="124" />
      <source>Please type a number, like −2.5.</source>
      <translation>−2.5 のように数を入力してください。</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/exercise_panel.py" line="129" />
      <source>Right: {u} · {l} = {v}.</source>
      <translation>正解：{u} · {l} = {v}。</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/exercise_panel.py" line="22" />
      <source>Show the answer</source>
      <translation>答えを見る</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/exercise_panel.py" line="24" />
      <source>Show the right value (try first!)</source>
      <translation>正しい値を表示する（まず自分で考えよう！）</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/exercise_panel.py" line="134" />
      <source>The local derivative is right, but the upstream value is not: it should be {u}.</source>
      <translation>局所的な微分は合っていますが、上流の値が違います：{u} になるはずです。</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/exercise_panel.py" line="131" />
      <source>The sign is wrong: check the sign of the upstream value ({u}).</source>
      <translation>符号が違います：上流の値 ({u}) の符号を確かめてください。</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/exercise_panel.py" line="130" />
      <source>The sign is wrong: the upstream factor is ŷ − y = {u}, not y − ŷ.</source>
      <translation>符号が違います：上流の因子は y − ŷ ではなく ŷ − y = {u} です。</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/exercise_panel.py" line="132" />
      <source>The upstream value is right, but the local derivative is not: it should be {l}.</source>
      <translation>上流の値は合っていますが、局所的な微分が違います：{l} になるはずです。</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/exercise_panel.py" line="20" />
      <source>Type a number; it is checked to about two decimals</source>
      <translation>数を入力してください。小数点以下2桁くらいまで確かめます</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/exercise_panel.py" line="15" />
      <source>Which gradient to compute by hand</source>
      <translation>手で計算する勾配</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/exercise_panel.py" line="75" />
      <source>With a = {a}, b = {b}, c = {c}, x = {x}, y = {y}: compute ∂L/∂{p} for L = ½ (ŷ − y)².</source>
      <translation>a = {a}, b = {b}, c = {c}, x = {x}, y = {y} のとき、L = ½ (ŷ − y)² について ∂L/∂{p} を計算してください。</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/exercise_panel.py" line="19" />
      <source>your answer, e.g. −10</source>
      <translation>あなたの答え（例：−10）</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/exercise_panel.py" line="109" />
      <source>z{s}[1] = {z}, σ = {act}, and {what}[1] = {g}. Compute δ{s}[1] = ∂L/∂z{s}[1].</source>
      <translation>z{s}[1] = {z}、σ = {act}、{what}[1] = {g} です。δ{s}[1] = ∂L/∂z{s}[1] を計算してください。</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/exercise_panel.py" line="95" />
      <source>ŷ = softmax(z{s}) with the squared error. Compute δ{s}[1] = ∂L/∂z{s}[1].</source>
      <translation>ŷ = softmax(z{s}) で、損失は二乗誤差です。δ{s}[1] = ∂L/∂z{s}[1] を計算してください。</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/exercise_panel.py" line="103" />
      <source>ŷ = {yhat}, the teacher's one-hot vector y = … (class {cls}). With cross-entropy, δ{s} = ŷ − y: compute δ{s}[1].</source>
      <translation>ŷ = {yhat}、教師はワンホットベクトル y = …（クラス {cls}）です。交差エントロピーでは δ{s} = ŷ − y です。δ{s}[1] を計算してください。</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/exercise_panel.py" line="89" />
      <source>δ{s}[1] = {d} and the layer's input is {h}. Compute ∂L/∂W{s}[1, 1] (row 1: the first unit; column 1: the first input).</source>
      <translation>δ{s}[1] = {d} で、層の入力は {h} です。∂L/∂W{s}[1, 1] を計算してください（行 1：最初のユニット、列 1：最初の入力）。</translation>
    </message>
  </context>
  <context>
    <name>ExerciseWidget</name>
    <message>
      <location filename="../../gui/lesson/exercise.py" line="116" />
      <source>All right! Each step multiplies s by 1 − 2α = {0}.</source>
      <translation>全部正解です！ 一歩ごとに s は 1 − 2α = {0} 倍になります。</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/exercise.py" line="46" />
      <source>Check my answers</source>
      <translation>答え合わせ</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/exercise.py" line="48" />
      <source>Check the values you typed</source>
      <translation>入力した値を確かめる</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/exercise.py" line="47" />
      <source>Show the answers</source>
      <translation>答えを見る</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/exercise.py" line="49" />
      <source>Show the right values (try first!)</source>
      <translation>正しい値を表示する（まず自分で考えよう！）</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/exercise.py" line="45" />
      <source>Your turn</source>
      <translation>やってみよう</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/exercise.py" line="128" />
      <source>s1 … s{0} = {1}</source>
      <translation>s1 … s{0} = {1}</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/exercise.py" line="51" />
      <source>s{0} = ?</source>
      <translation>s{0} = ?</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/exercise.py" line="119" />
      <source>{0} of {1} right.</source>
      <translation>{1} 問中 {0} 問正解。</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/exercise.py" line="99" />
      <source>“{0}” is not a number: write it with digits, like 2.5 or 5/2</source>
      <translation>「{0}」は数ではありません：2.5 や 5/2 のように数字で書いてください</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/exercise.py" line="102" />
      <source>✔ right</source>
      <translation>✔ 正解</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/exercise.py" line="110" />
      <source>✘ not yet: g = 2 s{0}, then s{1} = s{0} − α g</source>
      <translation>✘ もう一度：g = 2 s{0}、そして s{1} = s{0} − α g</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/exercise.py" line="108" />
      <source>✘ your step is right, but it starts from a wrong s{0}</source>
      <translation>✘ 計算の手順は正しいですが、出発点の s{0} が間違っています</translation>
    </message>
  </context>
  <context>
    <name>ExportNotebook</name>
    <message>
      <location filename="../../gui/export_menu.py" line="15" />
      <source>&amp;Export</source>
      <translation>書き出し(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../gui/export_menu.py" line="17" />
      <source>&amp;Notebook for Google Colab…</source>
      <translation>Google Colab 用ノートブック(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../../gui/export_notebook.py" line="189" />
      <location filename="../../gui/export_notebook.py" line="200" />
      <location filename="../../gui/export_notebook.py" line="205" />
      <source>Export a notebook</source>
      <translation>ノートブックの書き出し</translation>
    </message>
    <message>
      <location filename="../../gui/export_notebook.py" line="190" />
      <source>Jupyter notebooks (*.ipynb)</source>
      <translation>Jupyter ノートブック (*.ipynb)</translation>
    </message>
    <message>
      <location filename="../../gui/export_notebook.py" line="210" />
      <source>Notebook written to {0}: open it in Google Colab (File → Upload notebook).</source>
      <translation>ノートブックを {0} に書き出しました。Google Colab で開いてください（ファイル → ノートブックをアップロード）。</translation>
    </message>
    <message>
      <location filename="../../gui/export_notebook.py" line="206" />
      <source>The notebook could not be written to {0}: {1}</source>
      <translation>ノートブックを {0} に書き出せませんでした：{1}</translation>
    </message>
    <message>
      <location filename="../../gui/export_notebook.py" line="201" />
      <source>This experiment cannot be exported as a notebook: {0}</source>
      <translation>この実験はノートブックとして書き出せません：{0}</translation>
    </message>
    <message>
      <location filename="../../gui/export_menu.py" line="18" />
      <source>Write the experiment as a Jupyter notebook that runs in Google Colab with PyTorch</source>
      <translation>実験を、Google Colab 上の PyTorch で動く Jupyter ノートブックとして書き出す</translation>
    </message>
  </context>
  <context>
    <name>ExportNotebookDialog</name>
    <message>
      <location filename="../../gui/export_notebook.py" line="97" />
      <source>A Jupyter notebook that runs the same experiment in Google Colab with PyTorch (on a GPU when there is one).</source>
      <translation>同じ実験を Google Colab 上の PyTorch で実行する Jupyter ノートブックです（GPU があれば GPU で動きます）。</translation>
    </message>
    <message>
      <location filename="../../gui/export_notebook.py" line="152" />
      <source>Data: {0}; model {1}; {2}, α = {3}, {4} epochs</source>
      <translation>データ：{0}、モデル {1}、{2}、α = {3}、{4} エポック</translation>
    </message>
    <message>
      <location filename="../../gui/export_notebook.py" line="125" />
      <source>Explanations in</source>
      <translation>説明の言語</translation>
    </message>
    <message>
      <location filename="../../gui/export_notebook.py" line="95" />
      <source>Export a notebook</source>
      <translation>ノートブックの書き出し</translation>
    </message>
    <message>
      <location filename="../../gui/export_notebook.py" line="128" />
      <source>Export…</source>
      <translation>書き出し…</translation>
    </message>
    <message>
      <location filename="../../gui/export_notebook.py" line="116" />
      <source>Start from the current weights (embedded in the notebook)</source>
      <translation>今の重みから始める（ノートブックに埋め込みます）</translation>
    </message>
    <message>
      <location filename="../../gui/export_notebook.py" line="102" />
      <source>The stepper experiment: the gradient method on the function</source>
      <translation>ステッパーの実験：関数に対する勾配法</translation>
    </message>
    <message>
      <location filename="../../gui/export_notebook.py" line="101" />
      <source>The training experiment: data, network, loss, optimizer</source>
      <translation>学習の実験：データ、ネットワーク、損失、最適化手法</translation>
    </message>
    <message>
      <location filename="../../gui/export_notebook.py" line="118" />
      <source>Unticked, the notebook draws the starting weights from the seed, exactly as the app does</source>
      <translation>チェックを外すと、ノートブックはアプリと同じようにシードから初期の重みを引きます</translation>
    </message>
    <message>
      <location filename="../../gui/export_notebook.py" line="167" />
      <source>colour</source>
      <translation>カラー</translation>
    </message>
    <message>
      <location filename="../../gui/export_notebook.py" line="143" />
      <source>f = {0}, start {1}, α = {2}, {3}</source>
      <translation>f = {0}、初期値 {1}、α = {2}、{3}</translation>
    </message>
    <message>
      <location filename="../../gui/export_notebook.py" line="167" />
      <source>grey</source>
      <translation>グレースケール</translation>
    </message>
    <message>
      <location filename="../../gui/export_notebook.py" line="171" />
      <source>the data</source>
      <translation>データ</translation>
    </message>
    <message>
      <location filename="../../gui/export_notebook.py" line="168" />
      <source>the pictures of {0} ({1}×{1}, {2})</source>
      <translation>{0} の写真（{1}×{1}、{2}）</translation>
    </message>
    <message>
      <location filename="../../gui/export_notebook.py" line="164" />
      <source>y = {0} x² + {1} x + {2} (n = {3}, noise {4}, seed {5})</source>
      <translation>y = {0} x² + {1} x + {2}（n = {3}、ノイズ {4}、シード {5}）</translation>
    </message>
    <message>
      <location filename="../../gui/export_notebook.py" line="161" />
      <source>{0} (n = {1}, noise {2}, seed {3})</source>
      <translation>{0}（n = {1}、ノイズ {2}、シード {3}）</translation>
    </message>
    <message>
      <location filename="../../gui/export_notebook.py" line="170" />
      <source>{0} ({1} × {2}, embedded in the notebook)</source>
      <translation>{0}（{1} × {2}、ノートブックに埋め込み）</translation>
    </message>
  </context>
  <context>
    <name>Exporter</name>
    <message>
      <source>CSV of original plot data</source>
      <translation>元のグラフのデータ (CSV)</translation>
    </message>
    <message>
      <source>HDF5 Export: plot (x,y)</source>
      <translation>HDF5 で書き出し：グラフ (x,y)</translation>
    </message>
    <message>
      <source>Image File (PNG, TIF, JPG, ...)</source>
      <translation>画像ファイル (PNG, TIF, JPG, ...)</translation>
    </message>
    <message>
      <source>Matplotlib Window</source>
      <translation>Matplotlib のウィンドウ</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名前</translation>
    </message>
    <message>
      <source>Print Document</source>
      <translation>印刷</translation>
    </message>
    <message>
      <source>Printer</source>
      <translation>プリンター</translation>
    </message>
    <message>
      <source>Scalable Vector Graphics</source>
      <translation>SVG 図</translation>
    </message>
    <message>
      <source>Scalable Vector Graphics (SVG)</source>
      <translation>SVG 図 (SVG)</translation>
    </message>
    <message>
      <source>antialias</source>
      <translation>アンチエイリアス</translation>
    </message>
    <message>
      <source>background</source>
      <translation>背景</translation>
    </message>
    <message>
      <source>columnMode</source>
      <translation>列の並べ方</translation>
    </message>
    <message>
      <source>height</source>
      <translation>高さ</translation>
    </message>
    <message>
      <source>invertValue</source>
      <translation>値を反転</translation>
    </message>
    <message>
      <source>precision</source>
      <translation>精度</translation>
    </message>
    <message>
      <source>scaling stroke</source>
      <translation>線の太さも拡大縮小</translation>
    </message>
    <message>
      <source>separator</source>
      <translation>区切り文字</translation>
    </message>
    <message>
      <source>width</source>
      <translation>幅</translation>
    </message>
  </context>
  <context>
    <name>Form</name>
    <message>
      <source>%</source>
      <translation>%</translation>
    </message>
    <message>
      <source>0</source>
      <translation>0</translation>
    </message>
    <message>
      <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Automatically resize this axis whenever the displayed data is changed.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
      <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;表示するデータが変わるたびに、この軸の範囲を自動で合わせます。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
      <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Enables mouse interaction (panning, scaling) for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
      <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;この軸をマウスで動かしたり（パン）拡大縮小したりできるようにします。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
      <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Inverts the display of this axis. (+y points downward instead of upward)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
      <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;この軸の向きを反転します（+y が上ではなく下を向きます）。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
      <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Links this axis with another view. When linked, both views will display the same data range.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
      <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;この軸を別のビューと連動させます。連動すると、両方のビューが同じデータ範囲を表示します。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
      <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Maximum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
      <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;この軸に表示する最大値です。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
      <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Minimum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
      <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;この軸に表示する最小値です。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
      <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Percent of data to be visible when auto-scaling. It may be useful to decrease this value for data with spiky noise.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
      <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;自動調整のときに表示するデータの割合（%）です。とがったノイズのあるデータでは、この値を小さくすると見やすくなることがあります。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
      <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Set the range for this axis manually. This disables automatic scaling. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
      <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;この軸の範囲を手動で決めます。自動調整は無効になります。 &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
      <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will automatically pan to center on the current data, but the scale along this axis will not change.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
      <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;チェックすると、今のデータが中央に来るように軸が自動で移動しますが、この軸の縮尺は変わりません。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
      <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will only auto-scale to data that is visible along the orthogonal axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
      <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;チェックすると、もう一方の軸の範囲内に見えているデータだけに合わせて自動調整します。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
      <source>Alpha</source>
      <translation>不透明度</translation>
    </message>
    <message>
      <source>Auto</source>
      <translation>自動</translation>
    </message>
    <message>
      <source>Auto Pan Only</source>
      <translation>自動移動のみ</translation>
    </message>
    <message>
      <source>Automatically downsample data based on the visible range. This assumes X values are uniformly spaced.</source>
      <translation>見えている範囲に応じてデータを自動で間引きます。X の値が等間隔であることを仮定します。</translation>
    </message>
    <message>
      <source>Average</source>
      <translation>平均</translation>
    </message>
    <message>
      <source>Clip to View</source>
      <translation>表示範囲だけ描く</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>閉じる</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>コピー</translation>
    </message>
    <message>
      <source>Display averages of the curves displayed in this plot. The parameter list allows you to choose parameters to average over (if any are available).</source>
      <translation>このグラフに表示している曲線の平均を表示します。パラメータの一覧で、平均をとるパラメータを選べます（あれば）。</translation>
    </message>
    <message>
      <source>Downsample</source>
      <translation>間引き</translation>
    </message>
    <message>
      <source>Downsample by drawing a saw wave that follows the min and max of the original data. This method produces the best visual representation of the data but is slower.</source>
      <translation>元のデータの最小値と最大値をたどるのこぎり波を描いて間引きます。見た目はもっとも正確ですが、遅くなります。</translation>
    </message>
    <message>
      <source>Downsample by taking the first of N samples. This method is fastest and least accurate.</source>
      <translation>N 個ごとに最初の1個をとって間引きます。もっとも速く、もっとも不正確です。</translation>
    </message>
    <message>
      <source>Downsample by taking the mean of N samples.</source>
      <translation>N 個ごとの平均をとって間引きます。</translation>
    </message>
    <message>
      <source>Downsample data before plotting. (plot every Nth sample)</source>
      <translation>描く前にデータを間引きます（N 個ごとに1個を描きます）。</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>書き出し</translation>
    </message>
    <message>
      <source>Export format</source>
      <translation>書き出す形式</translation>
    </message>
    <message>
      <source>Export options</source>
      <translation>書き出しの設定</translation>
    </message>
    <message>
      <source>Forget hidden traces</source>
      <translation>隠した曲線を忘れる</translation>
    </message>
    <message>
      <source>If MaxTraces is checked, remove curves from memory after they are hidden (saves memory, but traces can not be un-hidden).</source>
      <translation>「曲線の最大数」をチェックしているとき、隠した曲線をメモリから消します（メモリの節約になりますが、もう一度表示することはできません）。</translation>
    </message>
    <message>
      <source>If multiple curves are displayed in this plot, check "Max Traces" and set this value to limit the number of traces that are displayed.</source>
      <translation>このグラフに複数の曲線があるとき、「曲線の最大数」をチェックしてこの値を決めると、表示する曲線の数を制限できます。</translation>
    </message>
    <message>
      <source>If multiple curves are displayed in this plot, check this box to limit the number of traces that are displayed.</source>
      <translation>このグラフに複数の曲線があるとき、ここをチェックすると表示する曲線の数を制限できます。</translation>
    </message>
    <message>
      <source>Invert Axis</source>
      <translation>軸を反転</translation>
    </message>
    <message>
      <source>Item to export:</source>
      <translation>書き出す対象：</translation>
    </message>
    <message>
      <source>Link Axis:</source>
      <translation>軸の連動：</translation>
    </message>
    <message>
      <source>Log X</source>
      <translation>X を対数目盛</translation>
    </message>
    <message>
      <source>Log Y</source>
      <translation>Y を対数目盛</translation>
    </message>
    <message>
      <source>Manual</source>
      <translation>手動</translation>
    </message>
    <message>
      <source>Max Traces:</source>
      <translation>曲線の最大数：</translation>
    </message>
    <message>
      <source>Mean</source>
      <translation>平均</translation>
    </message>
    <message>
      <source>Mouse Enabled</source>
      <translation>マウス操作を有効にする</translation>
    </message>
    <message>
      <source>Opacity</source>
      <translation>不透明度</translation>
    </message>
    <message>
      <source>Peak</source>
      <translation>ピーク</translation>
    </message>
    <message>
      <source>Plot only the portion of each curve that is visible. This assumes X values are uniformly spaced.</source>
      <translation>各曲線の見えている部分だけを描きます。X の値が等間隔であることを仮定します。</translation>
    </message>
    <message>
      <source>Points</source>
      <translation>点</translation>
    </message>
    <message>
      <source>Power Spectrum (FFT)</source>
      <translation>パワースペクトル (FFT)</translation>
    </message>
    <message>
      <source>PyQtGraph</source>
      <translation>PyQtGraph</translation>
    </message>
    <message>
      <source>Show X Grid</source>
      <translation>X のグリッドを表示</translation>
    </message>
    <message>
      <source>Show Y Grid</source>
      <translation>Y のグリッドを表示</translation>
    </message>
    <message>
      <source>Subsample</source>
      <translation>間引き（先頭）</translation>
    </message>
    <message>
      <source>Subtract Mean</source>
      <translation>平均を引く</translation>
    </message>
    <message>
      <source>Visible Data Only</source>
      <translation>見えているデータのみ</translation>
    </message>
    <message>
      <source>Y vs. Y'</source>
      <translation>Y と Y′</translation>
    </message>
    <message>
      <source>dy/dx</source>
      <translation>dy/dx</translation>
    </message>
    <message>
      <source>x</source>
      <translation>x</translation>
    </message>
  </context>
  <context>
    <name>FormulaPanel</name>
    <message>
      <location filename="../../gui/builder/formulas.py" line="73" />
      <source>A real network has many parameters: “sometimes tens of thousands”, as the lecture says, and often far more.</source>
      <translation>実際のネットワークにはたくさんのパラメータがあります。講義で言う「ときには数万個」、そしてもっと多いこともよくあります。</translation>
    </message>
    <message>
      <location filename="../../gui/builder/formulas.py" line="77" />
      <source>Each {0} = {1}: an affine map, then σ element by element.</source>
      <translation>各 {0} = {1}：アフィン変換のあと、要素ごとに σ を適用します。</translation>
    </message>
    <message>
      <location filename="../../gui/builder/formulas.py" line="48" />
      <source>Every layer: {0}, with {1}.</source>
      <translation>各層：{0}（ただし {1}）。</translation>
    </message>
    <message>
      <location filename="../../gui/builder/formulas.py" line="51" />
      <source>Input x: {0}.</source>
      <translation>入力 x：{0}。</translation>
    </message>
    <message>
      <location filename="../../gui/builder/formulas.py" line="75" />
      <source>The whole network is one composite function: {0}</source>
      <translation>ネットワーク全体は一つの合成関数です：{0}</translation>
    </message>
    <message>
      <location filename="../../gui/builder/formulas.py" line="68" />
      <source>Total: {0} parameters Θ = {1}.</source>
      <translation>合計：パラメータ {0} 個 Θ = {1}。</translation>
    </message>
    <message>
      <location filename="../../gui/builder/formulas.py" line="54" />
      <source>layer</source>
      <translation>層</translation>
    </message>
    <message>
      <location filename="../../gui/builder/formulas.py" line="54" />
      <source>parameters</source>
      <translation>パラメータ数</translation>
    </message>
    <message>
      <location filename="../../gui/builder/formulas.py" line="54" />
      <source>shapes</source>
      <translation>形</translation>
    </message>
  </context>
  <context>
    <name>FunctionPanel</name>
    <message>
      <location filename="../../gui/stepper/function_panel.py" line="25" />
      <source>1-D: f(s)</source>
      <translation>1次元：f(s)</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/function_panel.py" line="26" />
      <source>2-D: f(x1, x2)</source>
      <translation>2次元：f(x1, x2)</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/function_panel.py" line="28" />
      <source>A function of one variable (a curve) or of two (a contour map)</source>
      <translation>1変数の関数（曲線）か2変数の関数（等高線図）か</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/function_panel.py" line="137" />
      <source>A function to step on, from the lecture</source>
      <translation>講義に出てくる、勾配法を試す関数</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/function_panel.py" line="156" />
      <source>Exact derivative:</source>
      <translation>正確な導関数：</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/function_panel.py" line="39" />
      <source>Step on the function typed on the left</source>
      <translation>左に入力した関数で勾配法を行う</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/function_panel.py" line="36" />
      <source>Type your own function: + − * / ^, sin, cos, exp, log, sqrt; variables s (1-D) or x1, x2 (2-D)</source>
      <translation>自分の関数を入力：+ − * / ^、sin、cos、exp、log、sqrt；変数は s（1次元）または x1, x2（2次元）</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/function_panel.py" line="38" />
      <source>Use</source>
      <translation>使う</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/function_panel.py" line="34" />
      <source>your own f, e.g. x1**2 + 3*sin(x2) or exp(-s^2)</source>
      <translation>自分の f（例：x1**2 + 3*sin(x2)、exp(-s^2)）</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/function_panel.py" line="62" />
      <source>{0} of f(s) = a s² + b s + c</source>
      <translation>f(s) = a s² + b s + c の {0}</translation>
    </message>
  </context>
  <context>
    <name>GraphicsScene</name>
    <message>
      <source>Export...</source>
      <translation>書き出し…</translation>
    </message>
  </context>
  <context>
    <name>HistoryPlot</name>
    <message>
      <location filename="../../gui/stepper/history_plot.py" line="26" />
      <source>A logarithmic y axis: a steady fall becomes a straight line</source>
      <translation>y 軸を対数目盛に：一定の割合の減少が直線になります</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/history_plot.py" line="24" />
      <source>What the plot shows for each step</source>
      <translation>各ステップについてグラフに表示する量</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/history_plot.py" line="54" />
      <source>f({0}ₜ)</source>
      <translation>f({0}ₜ)</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/history_plot.py" line="25" />
      <source>log scale</source>
      <translation>対数目盛</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/history_plot.py" line="55" />
      <source>|{0}ₜ − {0}*| (distance to the nearest minimum)</source>
      <translation>|{0}ₜ − {0}*|（いちばん近い最小点までの距離）</translation>
    </message>
  </context>
  <context>
    <name>IterationTable</name>
    <message>
      <location filename="../../gui/stepper/table_panel.py" line="27" />
      <source>Copy all rows as tab-separated text (for a spreadsheet)</source>
      <translation>すべての行をタブ区切りのテキストとしてコピー（表計算ソフト用）</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/table_panel.py" line="26" />
      <source>Copy table</source>
      <translation>表をコピー</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/table_panel.py" line="19" />
      <source>Every step: the point, f, the gradient and the step taken</source>
      <translation>各ステップの点、f、勾配、進んだ量</translation>
    </message>
  </context>
  <context>
    <name>Landscape</name>
    <message>
      <location filename="../../gui/landscape/tool.py" line="47" />
      <source>3-D surface</source>
      <translation>3次元の曲面</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/tool.py" line="102" />
      <source>Axis 1</source>
      <translation>軸 1</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/tool.py" line="103" />
      <source>Axis 2</source>
      <translation>軸 2</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/model.py" line="217" />
      <source>Blank: the loss is not finite there (it overflows).</source>
      <translation>空白：そこでは損失が有限の値になりません（オーバーフローします）。</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/tool.py" line="138" />
      <location filename="../../gui/landscape/tool.py" line="149" />
      <source>Choose two different weights.</source>
      <translation>異なる二つの重みを選んでください。</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/tool.py" line="168" />
      <source>Chosen in the Network tab: {names}.</source>
      <translation>ネットワークタブで選んだ重み：{names}。</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/tool.py" line="171" />
      <source>Chosen in the Network tab: {names}. Click one more weight or bias there.</source>
      <translation>ネットワークタブで選んだ重み：{names}。そこでもう一つ重みかバイアスをクリックしてください。</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/tool.py" line="91" />
      <source>Clear the path</source>
      <translation>経路を消す</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/range_view.py" line="89" />
      <source>Computing…</source>
      <translation>計算中…</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/tool.py" line="46" />
      <source>Contour map</source>
      <translation>等高線図</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/tool.py" line="101" />
      <source>Directions</source>
      <translation>方向</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/tool.py" line="92" />
      <source>Forget the recorded weights; a new path starts with the next change.</source>
      <translation>記録した重みを忘れます。次に重みが変わったところから新しい経路が始まります。</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/tool.py" line="85" />
      <source>How far the map reaches from the current weights in each direction (it widens to hold the whole path).</source>
      <translation>今の重みから各方向にどこまで図を描くか（経路全体が入るように広がります）。</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/tool.py" line="48" />
      <source>How large may α be?</source>
      <translation>α はどこまで大きくできる？</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/tool.py" line="65" />
      <source>Loss landscape</source>
      <translation>損失の地形</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/model.py" line="214" />
      <source>Loss on {n} of the {total} examples.</source>
      <translation>{total} 個の例のうち {n} 個での損失です。</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/tool.py" line="135" />
      <source>Only a plane of two chosen weights is a function of two weights: random and PCA directions move every weight at once. Choose “Two weights” to step on it.</source>
      <translation>2 つの重みを選んだ平面だけが 2 つの重みの関数になります。ランダムや PCA の方向はすべての重みを同時に動かします。ステッパーで歩くには「二つの重み」を選んでください。</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/tool.py" line="174" />
      <source>Or click two weights (lines) or biases (circles) in the Network tab's diagram.</source>
      <translation>または、ネットワークタブの図で重み（線）かバイアス（円）を二つクリックしてください。</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/model.py" line="188" />
      <source>PCA needs a recorded path: train the network for a while first (at least three recorded points).</source>
      <translation>主成分分析には記録した経路が必要です：まずしばらくネットワークを学習させてください（記録した点が3つ以上必要です）。</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/texts.py" line="13" />
      <source>PCA of the recorded path</source>
      <translation>記録した経路の主成分分析</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/tool.py" line="68" />
      <source>Plane</source>
      <translation>平面</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/range_view.py" line="90" />
      <source>Press “Run the test” to see how the loss responds to larger and larger α.</source>
      <translation>「テストを実行」を押すと、α を大きくしていったときに損失がどう変わるかが見えます。</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/texts.py" line="12" />
      <source>Random (filter-normalised)</source>
      <translation>ランダム（フィルターごとに正規化）</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/range_view.py" line="48" />
      <source>Run the test</source>
      <translation>テストを実行</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/tool.py" line="140" />
      <source>Send this map to the gradient stepper: f is the network's loss over the two weights, its gradient the network's own backpropagation, and the stepper's four steps move those two weights.</source>
      <translation>この地図を勾配ステッパーに送ります。f は 2 つの重みの関数としてのネットワークの損失、勾配はネットワーク自身の誤差逆伝播で、ステッパーの 4 つのステップがこの 2 つの重みを動かします。</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/range_view.py" line="54" />
      <source>Set the training tab's learning rate α to the suggestion.</source>
      <translation>「学習」タブの学習係数 α を提案の値にします。</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/tool.py" line="104" />
      <source>Span</source>
      <translation>範囲</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/tool.py" line="88" />
      <source>Step on it</source>
      <translation>ステッパーで歩く</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/range_view.py" line="102" />
      <source>Suggested α = {a} (where the loss fell fastest).</source>
      <translation>提案：α = {a}（損失がいちばん速く下がったところ）。</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/range_view.py" line="104" />
      <source>The loss blew up at α = {a}.</source>
      <translation>α = {a} で損失が爆発しました。</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/range_view.py" line="106" />
      <source>The loss did not blow up up to α = {a}.</source>
      <translation>α = {a} までは損失は爆発しませんでした。</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/map_view.py" line="46" />
      <source>The loss on a plane through the current weights: the white dot is where the network is, the orange line the way training went.</source>
      <translation>今の重みを通る平面上の損失です：白い点がネットワークの今の位置、オレンジの線が学習のたどった道です。</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/texts.py" line="17" />
      <source>The network's weights are not numbers (NaN or ∞): nothing to draw. Reset the weights or train again with a smaller α.</source>
      <translation>ネットワークの重みが数ではありません（非数や無限大）：描けるものがありません。重みをリセットするか、もっと小さな α で学習し直してください。</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/tool.py" line="98" />
      <source>The path is recorded while the network trains in the Training tab.</source>
      <translation>経路は「学習」タブでネットワークを学習させている間に記録されます。</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/model.py" line="225" />
      <source>The slice could not be computed: {why}</source>
      <translation>断面を計算できませんでした：{why}</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/tool.py" line="192" />
      <source>The stepper cannot take this slice: {why}</source>
      <translation>この断面はステッパーに送れません: {why}</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/range_view.py" line="111" />
      <source>The suggestion is above 2/λmax: expect a zig-zag, or try a smaller α.</source>
      <translation>提案の値は 2/λmax を超えています：ジグザグになると考えるか、もっと小さな α を試してください。</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/model.py" line="219" />
      <source>The two directions explain {a:.0%} and {b:.0%} of the path's variance.</source>
      <translation>二つの方向で経路の分散の {a:.0%} と {b:.0%} を説明しています。</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/tool.py" line="78" />
      <source>The weight along this axis of the map (all other weights stay as they are).</source>
      <translation>図のこの軸に沿って動かす重み（ほかの重みはそのままです）。</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/range_view.py" line="49" />
      <source>Train a copy of the network one full-batch step at each α, from 0.0001 up to 10, until the loss blows up. The network itself is not changed.</source>
      <translation>ネットワークのコピーを、α を 0.0001 から 10 まで変えながら、各 α でフルバッチの1ステップずつ、損失が爆発するまで学習させます。ネットワーク自体は変わりません。</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/texts.py" line="11" />
      <source>Two weights</source>
      <translation>二つの重み</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/range_view.py" line="53" />
      <source>Use the suggested α in Training</source>
      <translation>提案の α を「学習」で使う</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/range_view.py" line="101" />
      <source>Use α = {a} in Training</source>
      <translation>「学習」で α = {a} を使う</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/tool.py" line="73" />
      <source>Which plane through the weights to draw the loss on: two of the weights (all others fixed), two random directions scaled to each unit's weights, or the two directions the training path moved most along.</source>
      <translation>損失を描く、重みを通る平面の選び方：重みのうちの二つ（ほかは固定）、各ユニットの重みに合わせて大きさをそろえた二つのランダムな方向、または学習の経路がいちばん大きく動いた二つの方向。</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/map_view.py" line="103" />
      <source>blank: loss not finite</source>
      <translation>空白：損失が有限でない</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/map_view.py" line="105" />
      <source>colours: log scale of the loss</source>
      <translation>色：損失の対数目盛</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/map_view.py" line="101" />
      <source>current weights</source>
      <translation>現在の重み</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/range_view.py" line="42" />
      <source>diverged</source>
      <translation>発散</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/range_view.py" line="33" />
      <source>learning rate α (log scale)</source>
      <translation>学習係数 α（対数目盛）</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/range_view.py" line="34" />
      <source>loss</source>
      <translation>損失</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/range_view.py" line="37" />
      <source>loss after the step</source>
      <translation>ステップ後の損失</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/map_view.py" line="112" />
      <source>s (1st principal direction)</source>
      <translation>s（第1主成分の方向）</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/map_view.py" line="113" />
      <source>s (random direction 1)</source>
      <translation>s（ランダムな方向 1）</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/range_view.py" line="38" />
      <source>smoothed</source>
      <translation>平滑化</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/range_view.py" line="44" />
      <source>suggested</source>
      <translation>提案</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/map_view.py" line="112" />
      <source>t (2nd principal direction)</source>
      <translation>t（第2主成分の方向）</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/map_view.py" line="113" />
      <source>t (random direction 2)</source>
      <translation>t（ランダムな方向 2）</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/map_view.py" line="100" />
      <source>training path</source>
      <translation>学習の経路</translation>
    </message>
    <message>
      <location filename="../../gui/landscape/range_view.py" line="108" />
      <source>λmax = {lam}: the gradient method is stable near here for α &lt; 2/λmax = {b}.</source>
      <translation>λmax = {lam}：このあたりでは α &lt; 2/λmax = {b} なら勾配法は安定です。</translation>
    </message>
  </context>
  <context>
    <name>LayerListEditor</name>
    <message>
      <location filename="../../gui/builder/layer_list.py" line="43" />
      <source>Add</source>
      <translation>追加</translation>
    </message>
    <message>
      <location filename="../../gui/builder/layer_list.py" line="45" />
      <source>Insert</source>
      <translation>挿入</translation>
    </message>
    <message>
      <location filename="../../gui/builder/layer_list.py" line="47" />
      <source>Remove</source>
      <translation>削除</translation>
    </message>
    <message>
      <location filename="../../gui/builder/layer_list.py" line="44" />
      <source>add a hidden layer just before the output</source>
      <translation>出力の直前に隠れ層を追加</translation>
    </message>
    <message>
      <location filename="../../gui/builder/layer_list.py" line="157" />
      <source>add a layer</source>
      <translation>層を追加</translation>
    </message>
    <message>
      <location filename="../../gui/builder/layer_list.py" line="38" />
      <source>drag a layer to move it; the output layer stays last</source>
      <translation>層をドラッグして移動できます。出力層は最後のままです</translation>
    </message>
    <message>
      <location filename="../../gui/builder/layer_list.py" line="46" />
      <source>insert a hidden layer before the selected one</source>
      <translation>選んだ層の前に隠れ層を挿入</translation>
    </message>
    <message>
      <location filename="../../gui/builder/layer_list.py" line="162" />
      <source>insert a layer</source>
      <translation>層を挿入</translation>
    </message>
    <message>
      <location filename="../../gui/builder/layer_list.py" line="214" />
      <source>layer {0}: {1}</source>
      <translation>第{0}層：{1}</translation>
    </message>
    <message>
      <location filename="../../gui/builder/layer_list.py" line="204" />
      <source>layer {0}: {1} units</source>
      <translation>第{0}層：{1} ユニット</translation>
    </message>
    <message>
      <location filename="../../gui/builder/layer_list.py" line="178" />
      <source>move layer {0}</source>
      <translation>第{0}層の移動</translation>
    </message>
    <message>
      <location filename="../../gui/builder/layer_list.py" line="50" />
      <source>move the selected layer towards the input</source>
      <translation>選んだ層を入力側へ移動</translation>
    </message>
    <message>
      <location filename="../../gui/builder/layer_list.py" line="52" />
      <source>move the selected layer towards the output</source>
      <translation>選んだ層を出力側へ移動</translation>
    </message>
    <message>
      <location filename="../../gui/builder/layer_list.py" line="223" />
      <source>output layer follows the task</source>
      <translation>出力層はタスクに合わせる</translation>
    </message>
    <message>
      <location filename="../../gui/builder/layer_list.py" line="169" />
      <source>remove layer {0}</source>
      <translation>第{0}層の削除</translation>
    </message>
    <message>
      <location filename="../../gui/builder/layer_list.py" line="48" />
      <source>remove the selected hidden layer</source>
      <translation>選択した隠れ層を削除する</translation>
    </message>
    <message>
      <location filename="../../gui/builder/layer_list.py" line="194" />
      <source>reorder layers</source>
      <translation>層の並べ替え</translation>
    </message>
    <message>
      <location filename="../../gui/builder/layer_list.py" line="167" />
      <source>the output layer cannot be removed</source>
      <translation>出力層は削除できません</translation>
    </message>
    <message>
      <location filename="../../gui/builder/layer_list.py" line="191" />
      <source>the output layer stays last: drop hidden layers above it</source>
      <translation>出力層は最後のままです：隠れ層はその上に置いてください</translation>
    </message>
  </context>
  <context>
    <name>LayerRow</name>
    <message>
      <location filename="../../gui/builder/layer_row.py" line="36" />
      <source> units</source>
      <translation> ユニット</translation>
    </message>
    <message>
      <location filename="../../gui/builder/layer_row.py" line="53" />
      <source>follow the task</source>
      <translation>タスクに合わせる</translation>
    </message>
    <message>
      <location filename="../../gui/builder/layer_row.py" line="28" />
      <source>layer {0}</source>
      <translation>第{0}層</translation>
    </message>
    <message>
      <location filename="../../gui/builder/layer_row.py" line="37" />
      <source>number of neurons in this layer</source>
      <translation>この層のニューロンの数</translation>
    </message>
    <message>
      <location filename="../../gui/builder/layer_row.py" line="28" />
      <source>output</source>
      <translation>出力</translation>
    </message>
    <message>
      <location filename="../../gui/builder/layer_row.py" line="54" />
      <source>size and activation chosen from the data: one softmax unit per class, or one identity unit for regression</source>
      <translation>大きさと活性化関数はデータから決めます：クラスごとにソフトマックスのユニット1個、回帰なら恒等関数のユニット1個</translation>
    </message>
    <message>
      <location filename="../../gui/builder/layer_row.py" line="42" />
      <source>σ, applied to each neuron's W x + b</source>
      <translation>σ：各ニューロンの W x + b に適用</translation>
    </message>
  </context>
  <context>
    <name>LessonDock</name>
    <message>
      <location filename="../../gui/lesson/dock.py" line="160" />
      <source>Back to the first step; your answers are forgotten</source>
      <translation>最初のステップに戻ります（回答は消えます）</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/dock.py" line="163" />
      <source>Jump to any step</source>
      <translation>好きなステップへ移動</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/dock.py" line="154" />
      <source>Lesson</source>
      <translation>レッスン</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/dock.py" line="156" />
      <source>Next →</source>
      <translation>次へ →</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/dock.py" line="162" />
      <source>Put the tool back into the state this step needs</source>
      <translation>このステップに必要な状態にツールを戻す</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/dock.py" line="157" />
      <source>Restart lesson</source>
      <translation>レッスンを最初から</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/dock.py" line="161" />
      <source>Set up the tools for this step</source>
      <translation>このステップ用にツールを準備</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/dock.py" line="168" />
      <source>The lesson cannot be shown</source>
      <translation>レッスンを表示できません</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/dock.py" line="169" />
      <source>The lesson file is not valid:</source>
      <translation>レッスンのファイルに誤りがあります：</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/dock.py" line="65" />
      <source>The lesson file {0} cannot be used, so the built-in lesson is shown: {1}</source>
      <translation>レッスンファイル {0} は使えないため、組み込みのレッスンを表示しています：{1}</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/dock.py" line="159" />
      <source>The next step (→ or Page Down)</source>
      <translation>次のステップ（→ または PgDown）</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/dock.py" line="158" />
      <source>The previous step (← or Page Up)</source>
      <translation>前のステップ（← または PgUp）</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/dock.py" line="155" />
      <source>← Back</source>
      <translation>← 戻る</translation>
    </message>
  </context>
  <context>
    <name>LessonKeys</name>
    <message>
      <location filename="../../gui/lesson/keys.py" line="47" />
      <source>Lesson: first step</source>
      <translation>レッスン：最初のステップ</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/keys.py" line="47" />
      <source>Lesson: last step</source>
      <translation>レッスン：最後のステップ</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/keys.py" line="46" />
      <source>Lesson: next step</source>
      <translation>レッスン：次のステップ</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/keys.py" line="46" />
      <source>Lesson: previous step</source>
      <translation>レッスン：前のステップ</translation>
    </message>
  </context>
  <context>
    <name>LossPanel</name>
    <message>
      <location filename="../../gui/dashboard/loss_panel.py" line="88" />
      <source>A logarithmic loss axis: small losses stay visible</source>
      <translation>損失の軸を対数目盛に：小さな損失も見えます</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/loss_panel.py" line="56" />
      <source>Accuracy</source>
      <translation>正解率</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/loss_panel.py" line="90" />
      <source>Count the x axis in batches or in epochs</source>
      <translation>x 軸をバッチ数で数えるかエポック数で数えるか</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/loss_panel.py" line="84" />
      <source>Exponential moving average of the per-batch curves, debiased as TensorBoard does it</source>
      <translation>バッチごとの曲線の指数移動平均（TensorBoard と同じバイアス補正つき）</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/loss_panel.py" line="55" />
      <source>Loss</source>
      <translation>損失</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/loss_panel.py" line="94" />
      <source>Smoothing</source>
      <translation>平滑化</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/loss_panel.py" line="56" />
      <source>accuracy</source>
      <translation>正解率</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/loss_panel.py" line="55" />
      <location filename="../../gui/dashboard/loss_panel.py" line="56" />
      <location filename="../../gui/dashboard/loss_panel.py" line="279" />
      <source>batches</source>
      <translation>バッチ</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/loss_panel.py" line="279" />
      <source>epochs</source>
      <translation>エポック</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/loss_panel.py" line="87" />
      <source>log scale</source>
      <translation>対数目盛</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/loss_panel.py" line="55" />
      <source>loss</source>
      <translation>損失</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/loss_panel.py" line="91" />
      <source>x: batches</source>
      <translation>横軸：バッチ</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/loss_panel.py" line="92" />
      <source>x: epochs</source>
      <translation>横軸：エポック</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../gui/main_window.py" line="169" />
      <source>&amp;About Gradient Lab</source>
      <translation>勾配ラボについて(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="124" />
      <source>&amp;File</source>
      <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="165" />
      <source>&amp;Help</source>
      <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="152" />
      <source>&amp;Language</source>
      <translation>言語(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="162" />
      <source>&amp;Lesson</source>
      <translation>レッスン(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="132" />
      <source>&amp;Quit</source>
      <translation>終了(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="138" />
      <source>&amp;View</source>
      <translation>表示(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="180" />
      <source>&lt;h3&gt;Gradient Lab {version}&lt;/h3&gt;&lt;p&gt;Learn the basics of deep learning by doing it: step the gradient method by hand, build a network, and watch it learn.&lt;/p&gt;&lt;p&gt;Made with Python, Qt for Python (PySide6), pyqtgraph, NumPy and scikit-image. MIT licence.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;勾配ラボ {version}&lt;/h3&gt;&lt;p&gt;手を動かして深層学習の基礎を学びましょう：勾配法を一歩ずつ実行し、ネットワークを組み立て、学習する様子を観察します。&lt;/p&gt;&lt;p&gt;Python、Qt for Python (PySide6)、pyqtgraph、NumPy、scikit-image で作られています。MIT ライセンス。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="176" />
      <source>About Gradient Lab</source>
      <translation>勾配ラボについて</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="87" />
      <source>Gradient Lab — learn the gradient method</source>
      <translation>勾配ラボ — 勾配法を学ぶ</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="193" />
      <source>Language</source>
      <translation>言語</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="104" />
      <source>Ready</source>
      <translation>準備完了</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="92" />
      <source>Start</source>
      <translation>はじめに</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="251" />
      <source>Stopping…</source>
      <translation>停止中…</translation>
    </message>
    <message>
      <location filename="../../gui/main_window.py" line="194" />
      <source>The language changes when Gradient Lab starts again. Restart now?</source>
      <translation>言語は勾配ラボを次に起動したときに切り替わります。今すぐ再起動しますか？</translation>
    </message>
  </context>
  <context>
    <name>ModelView</name>
    <message>
      <location filename="../../gui/lesson/model_view.py" line="99" />
      <source>Model and loss</source>
      <translation>モデルと損失</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/model_view.py" line="179" />
      <source>Move the sliders a, b and c and watch the curve change.</source>
      <translation>スライダー a, b, c を動かして、曲線が変わる様子を見てください。</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/model_view.py" line="80" />
      <source>Show the data points and the residuals</source>
      <translation>データ点と残差を表示</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/model_view.py" line="81" />
      <source>The points the loss is measured on, and each point's error</source>
      <translation>損失を測る点と、各点の誤差</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/model_view.py" line="173" />
      <source>The red segments are the residuals y − ŷ. Move a, b and c to make the squared error as small as you can.</source>
      <translation>赤い線分が残差 y − ŷ です。a, b, c を動かして、二乗誤差をできるだけ小さくしてください。</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/model_view.py" line="170" />
      <source>squared error  L = ½ Σ&lt;sub&gt;i&lt;/sub&gt; (y&lt;sub&gt;i&lt;/sub&gt; − ŷ&lt;sub&gt;i&lt;/sub&gt;)&lt;sup&gt;2&lt;/sup&gt; = &lt;b&gt;{0}&lt;/b&gt;</source>
      <translation>二乗誤差  L = ½ Σ&lt;sub&gt;i&lt;/sub&gt; (y&lt;sub&gt;i&lt;/sub&gt; − ŷ&lt;sub&gt;i&lt;/sub&gt;)&lt;sup&gt;2&lt;/sup&gt; = &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/model_view.py" line="71" />
      <source>{0} of y = a x² + b x + c: move it and watch the loss</source>
      <translation>y = a x² + b x + c の {0}：動かして損失の変化を見よう</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/model_view.py" line="178" />
      <source>Θ = {a, b, c}: each slider changes the curve's shape.</source>
      <translation>Θ = {a, b, c}：どのスライダーも曲線の形を変えます。</translation>
    </message>
  </context>
  <context>
    <name>NetworkDiagram</name>
    <message>
      <location filename="../../gui/builder/diagram.py" line="183" />
      <source>h{0}
{1} {2}</source>
      <translation>h{0}
{1} {2}</translation>
    </message>
    <message>
      <location filename="../../gui/builder/diagram.py" line="179" />
      <source>input x
{0}</source>
      <translation>入力 x
{0}</translation>
    </message>
    <message>
      <location filename="../../gui/builder/diagram.py" line="211" />
      <source>input x{0}</source>
      <translation>入力 x{0}</translation>
    </message>
    <message>
      <location filename="../../gui/builder/diagram.py" line="224" />
      <source>layer {0}</source>
      <translation>第{0}層</translation>
    </message>
    <message>
      <location filename="../../gui/builder/diagram.py" line="215" />
      <source>layer {0}, unit {1}
bias b = {2}</source>
      <translation>第{0}層、ユニット {1}
バイアス b = {2}</translation>
    </message>
    <message>
      <location filename="../../gui/builder/diagram.py" line="182" />
      <source>output ŷ
{0} {1}</source>
      <translation>出力 ŷ
{0} {1}</translation>
    </message>
    <message>
      <location filename="../../gui/builder/diagram.py" line="224" />
      <source>the input</source>
      <translation>入力</translation>
    </message>
    <message>
      <location filename="../../gui/builder/diagram.py" line="205" />
      <source>weight from unit {0} of {1} to unit {2} of layer {3}
w = {4}</source>
      <translation>{1} のユニット {0} から第{3}層のユニット {2} への重み
w = {4}</translation>
    </message>
    <message>
      <location filename="../../gui/builder/diagram.py" line="154" />
      <source>{0} units; {1} are drawn</source>
      <translation>{0} ユニット、そのうち {1} 個を描画</translation>
    </message>
    <message>
      <location filename="../../gui/builder/diagram.py" line="153" />
      <source>⋮ {0}</source>
      <translation>⋮ {0}</translation>
    </message>
  </context>
  <context>
    <name>OptimizerPanel</name>
    <message>
      <location filename="../../gui/stepper/optimizer_panel.py" line="40" />
      <source>Also step with {0} from the same start, drawn beside</source>
      <translation>同じ出発点から {0} でも進め、並べて描く</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/optimizer_panel.py" line="35" />
      <source>Compare with</source>
      <translation>比較する手法</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/optimizer_panel.py" line="19" />
      <source>The rule that turns the gradient into a step</source>
      <translation>勾配から一歩を決める規則</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/optimizer_panel.py" line="20" />
      <source>method</source>
      <translation>手法</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/optimizer_panel.py" line="30" />
      <source>{0}: a setting of the method (between 0 and 1)</source>
      <translation>{0}：手法の設定値（0 から 1 の間）</translation>
    </message>
  </context>
  <context>
    <name>ParamsPanel</name>
    <message>
      <location filename="../../gui/dashboard/params_panel.py" line="15" />
      <source>Parameters Θ = {a, b, c}</source>
      <translation>パラメータ Θ = {a, b, c}</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/params_panel.py" line="15" />
      <source>batches</source>
      <translation>バッチ</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/params_panel.py" line="30" />
      <source>f(x) = a x² + b x + c: start training to watch a, b, c move</source>
      <translation>f(x) = a x² + b x + c：学習を始めると a, b, c が動く様子が見えます</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/params_panel.py" line="37" />
      <source>f(x) = {0} x² {1} x {2}</source>
      <translation>f(x) = {0} x² {1} x {2}</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/params_panel.py" line="15" />
      <source>value</source>
      <translation>値</translation>
    </message>
  </context>
  <context>
    <name>PictureToVector</name>
    <message>
      <location filename="../../gui/pictures/vector_view.py" line="72" />
      <source>A picture is a vector</source>
      <translation>写真はベクトル</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/vector_view.py" line="61" />
      <source>A picture is a vector: open a folder and pick a picture</source>
      <translation>写真はベクトル：フォルダーを開いて写真を選んでください</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/vector_view.py" line="71" />
      <source>A picture is a vector: {0}</source>
      <translation>写真はベクトル：{0}</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/vector_view.py" line="52" />
      <source>Line the rows up one after another: the picture becomes one vector x</source>
      <translation>行を順につなげて並べると、写真は一本のベクトル x になります</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/vector_view.py" line="35" />
      <source>N × N gray pixels (click one)</source>
      <translation>N × N の灰色の画素（クリックして選択）</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/vector_view.py" line="106" />
      <source>The pixel in row {0}, column {1} has the value {2}; it is number {3} of the vector (row {0} fills numbers {4} to {5}).</source>
      <translation>{0} 行 {1} 列の画素の値は {2} で、ベクトルの {3} 番目の数です（{0} 行目は {4} 番目から {5} 番目を占めます）。</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/vector_view.py" line="35" />
      <location filename="../../gui/pictures/vector_view.py" line="78" />
      <source>original picture</source>
      <translation>元の写真</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/vector_view.py" line="76" />
      <source>original picture ({0} × {1})</source>
      <translation>元の写真（{0} × {1}）</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/vector_view.py" line="36" />
      <source>values around the chosen pixel: 0 = black, 1 = white</source>
      <translation>選んだ画素のまわりの値：0 = 黒、1 = 白</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/vector_view.py" line="87" />
      <source>x = ({0}, …, {1})   n = {2}</source>
      <translation>x = ({0}, …, {1})   n = {2}</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/vector_view.py" line="84" />
      <source>{0} × {1} = {2} numbers</source>
      <translation>{0} × {1} = {2} 個の数</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/vector_view.py" line="79" />
      <source>{0} × {1} pixels (click one)</source>
      <translation>{0} × {1} 画素（クリックして選択）</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/vector_view.py" line="82" />
      <source>{0} × {1} × 3 colours = {2} numbers</source>
      <translation>{0} × {1} × 3 色 = {2} 個の数</translation>
    </message>
  </context>
  <context>
    <name>Pictures</name>
    <message>
      <location filename="../../gui/pictures/texts.py" line="40" />
      <source>No picture could be read in the class folder(s): {0}.</source>
      <translation>クラスのフォルダーから写真を一枚も読めませんでした：{0}。</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/texts.py" line="34" />
      <source>The folder {0} cannot be opened.</source>
      <translation>フォルダー {0} を開けません。</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/texts.py" line="32" />
      <source>The folder {0} does not exist.</source>
      <translation>フォルダー {0} はありません。</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/texts.py" line="39" />
      <source>These class folders hold no picture: {0}.</source>
      <translation>次のクラスのフォルダーには写真がありません：{0}。</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/texts.py" line="35" />
      <source>This folder has no class folder. Put the pictures of each class in its own subfolder, at least two (for example cats/ and dogs/).</source>
      <translation>このフォルダーにはクラスのフォルダーがありません。クラスごとに写真を別のサブフォルダーに入れてください。少なくとも二つ必要です（例：cats/ と dogs/）。</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/texts.py" line="37" />
      <source>This folder has only one class folder ({0}). Put the pictures of each class in its own subfolder, at least two (for example cats/ and dogs/).</source>
      <translation>このフォルダーにはクラスのフォルダーが一つ（{0}）しかありません。クラスごとに写真を別のサブフォルダーに入れてください。少なくとも二つ必要です（例：cats/ と dogs/）。</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/texts.py" line="21" />
      <source>a link that leads out of the chosen folder (not followed)</source>
      <translation>選んだフォルダーの外を指すリンク（たどりません）</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/texts.py" line="20" />
      <source>a link that loops back (not followed)</source>
      <translation>循環するリンク（たどりません）</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/texts.py" line="16" />
      <source>empty file (0 bytes)</source>
      <translation>空のファイル（0 バイト）</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/texts.py" line="22" />
      <source>folder cannot be opened</source>
      <translation>フォルダーを開けません</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/texts.py" line="12" />
      <source>hidden file</source>
      <translation>隠しファイル</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/texts.py" line="15" />
      <source>not a picture (PNG, JPEG, BMP, GIF, TIFF or WebP)</source>
      <translation>画像ではありません（PNG、JPEG、BMP、GIF、TIFF、WebP のみ）</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/texts.py" line="17" />
      <source>not a picture, or a damaged one</source>
      <translation>画像でないか、壊れた画像です</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/texts.py" line="14" />
      <source>not a regular file</source>
      <translation>通常のファイルではありません</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/texts.py" line="23" />
      <source>not inside a class folder (stray file at the top level)</source>
      <translation>クラスのフォルダーに入っていません（一番上の階層にあるファイル）</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/texts.py" line="19" />
      <source>picture too large</source>
      <translation>画像が大きすぎます</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/texts.py" line="13" />
      <source>system file (made by the operating system, not a picture)</source>
      <translation>システムファイル（OS が作ったもので、画像ではありません）</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/texts.py" line="18" />
      <source>truncated picture (the file ends too early)</source>
      <translation>途中で切れた画像（ファイルが途中で終わっています）</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/texts.py" line="33" />
      <source>{0} is not a folder.</source>
      <translation>{0} はフォルダーではありません。</translation>
    </message>
  </context>
  <context>
    <name>PicturesTool</name>
    <message>
      <location filename="../../gui/pictures/tool.py" line="113" />
      <source>%v / %m files</source>
      <translation>%v / %m ファイル</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="99" />
      <source>200 photographs of 25×25 pixels: faces and not faces (from scikit-image, nothing is downloaded)</source>
      <translation>25×25 画素の写真 200 枚：顔と顔でないもの（scikit-image 付属、ダウンロードはしません）</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="96" />
      <source>A folder with one subfolder of pictures per class, e.g. cats/ and dogs/</source>
      <translation>クラスごとに写真のサブフォルダーがあるフォルダー（例：cats/ と dogs/）</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="275" />
      <source>A hard case on purpose: brick, grass and gravel differ in patterns that can be anywhere in the picture, not in any one pixel, so a network of pixel values stays near chance (1 in 3 right; the faces reach about 90%). Networks that compare neighbouring pixels (convolutions) learn textures: they come after this lecture.</source>
      <translation>わざと選んだ難しい例です：れんが・芝生・砂利の違いは、写真のどこにでも現れる模様にあり、一つの画素にはありません。そのため画素の値を見るネットワークでは偶然と同じくらい（3枚に1枚正解。顔ならおよそ 90%）にとどまります。となり合う画素を比べるネットワーク（畳み込み）ならテクスチャを学習できます。それはこの講義の先で学びます。</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="147" />
      <source>After training</source>
      <translation>学習の後</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="115" />
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="107" />
      <source>Every picture is resized to N × N pixels</source>
      <translation>すべての写真を N × N 画素に縮小します</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="111" />
      <source>Gray: one number per pixel; colour: three (red, green, blue)</source>
      <translation>グレー：1画素につき1つの数；カラー：3つ（赤・緑・青）</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="268" />
      <source>Loaded {0} pictures of {1} from {2} ({3}); {4} file(s) skipped.</source>
      <translation>{2} から {1} の写真を {0} 枚読み込みました（{3}）。{4} 個のファイルを飛ばしました。</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="241" />
      <source>Loading failed: {0}. Nothing was changed.</source>
      <translation>読み込みに失敗しました：{0}。何も変更していません。</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="227" />
      <source>Loading pictures: {0} of {1} files</source>
      <translation>写真を読み込み中：{1} ファイル中 {0}</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="237" />
      <source>Loading was cancelled; the pictures loaded before are kept.</source>
      <translation>読み込みを取り消しました。前に読み込んだ写真はそのままです。</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="212" />
      <source>Looking at {0}…</source>
      <translation>{0} を調べています…</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="120" />
      <source>N =</source>
      <translation>N =</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="168" />
      <source>Open a folder of pictures</source>
      <translation>写真のフォルダーを開く</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="358" />
      <source>Open a folder of pictures and train the network first.</source>
      <translation>先に写真のフォルダーを開き、ネットワークを学習させてください。</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="331" />
      <source>Open a folder of pictures first.</source>
      <translation>先に写真のフォルダーを開いてください。</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="91" />
      <source>Open a folder of pictures…</source>
      <translation>写真のフォルダーを開く…</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="154" />
      <source>Open a folder that holds one subfolder of pictures per class (for example pets/cats and pets/dogs), or start from a sample.</source>
      <translation>クラスごとに写真のサブフォルダーがあるフォルダー（例：pets/cats と pets/dogs）を開くか、サンプルから始めてください。</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="348" />
      <source>Open a picture</source>
      <translation>写真を開く</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="103" />
      <source>Patches of brick, grass and gravel photographs. Hard for a network that only sees pixel values: expect little better than chance.</source>
      <translation>レンガ、草、砂利の写真の切れ端。画素の値しか見ないネットワークには難しく、当てずっぽうより少し良い程度です。</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="87" />
      <location filename="../../gui/pictures/tool.py" line="145" />
      <source>Pictures</source>
      <translation>写真</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="349" />
      <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp)</source>
      <translation>画像 (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp)</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="148" />
      <source>Predict</source>
      <translation>予測</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="98" />
      <source>Sample: faces</source>
      <translation>サンプル：顔</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="102" />
      <source>Sample: textures</source>
      <translation>サンプル：テクスチャ</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="146" />
      <source>Skipped files</source>
      <translation>飛ばしたファイル</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="190" />
      <location filename="../../gui/pictures/tool.py" line="259" />
      <source>Skipped files ({0})</source>
      <translation>飛ばしたファイル（{0}）</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="116" />
      <source>Stop loading the folder; nothing is changed</source>
      <translation>フォルダーの読み込みを中止します（何も変わりません）</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="192" />
      <source>The folder of these pictures is gone: the {0} pictures saved in the session are shown.</source>
      <translation>この画像のフォルダーはもうありません。セッションに保存された {0} 枚の画像を表示しています。</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="334" />
      <source>The network does not fit these pictures: it needs {0} inputs and {1} outputs.</source>
      <translation>ネットワークがこの写真に合いません：入力 {0} 個と出力 {1} 個が必要です。</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="288" />
      <source>The session now uses other data ({0}); open the pictures again to evaluate on them.</source>
      <translation>セッションは今、別のデータ（{0}）を使っています。写真で評価するには、もう一度写真を開いてください。</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="265" />
      <source>Train the network on these pictures (Training tab), then see here how it does on the validation pictures.</source>
      <translation>この写真でネットワークを学習させ（「学習」タブ）、検証用の写真での結果をここで見てください。</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="110" />
      <source>colour (RGB)</source>
      <translation>カラー (RGB)</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="109" />
      <source>gray</source>
      <translation>白黒</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="235" />
      <source>{0} Nothing was changed.</source>
      <translation>{0} 何も変更していません。</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/tool.py" line="366" />
      <source>{0} cannot be read as a picture: {1}</source>
      <translation>{0} は画像として読めません：{1}</translation>
    </message>
  </context>
  <context>
    <name>PlotItem</name>
    <message>
      <source>Alpha</source>
      <translation>不透明度</translation>
    </message>
    <message>
      <source>Average</source>
      <translation>平均</translation>
    </message>
    <message>
      <source>Downsample</source>
      <translation>間引き</translation>
    </message>
    <message>
      <source>Grid</source>
      <translation>グリッド</translation>
    </message>
    <message>
      <source>Plot Options</source>
      <translation>グラフの設定</translation>
    </message>
    <message>
      <source>Points</source>
      <translation>点</translation>
    </message>
    <message>
      <source>Transforms</source>
      <translation>変換</translation>
    </message>
  </context>
  <context>
    <name>PointEditBar</name>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="85" />
      <source>A run is in progress: stop it to edit the points.</source>
      <translation>学習中です。点を編集するには停止してください。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="49" />
      <source>CSV…</source>
      <translation>CSV…</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="38" />
      <source>Class</source>
      <translation>クラス</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="87" />
      <source>Click: add · drag: move · right-click: remove · Ctrl+Z: undo</source>
      <translation>クリック：追加 · ドラッグ：移動 · 右クリック：削除 · Ctrl+Z：元に戻す</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="35" />
      <source>Draw your own data: click to add a point, drag to move one, right-click or Ctrl-click to remove one. Off: the plot pans and zooms as usual.</source>
      <translation>自分のデータを描きます。クリックで点を追加、ドラッグで移動、右クリックまたは Ctrl+クリックで削除。オフのときはいつもどおりプロットを移動・拡大できます。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="33" />
      <source>Edit points</source>
      <translation>点を編集</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="53" />
      <source>Load points from CSV…</source>
      <translation>CSV から点を読み込む…</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="50" />
      <source>Load points from a CSV file (x1,x2,label or x,y), or save them as one</source>
      <translation>点を CSV ファイル（1 行に x1,x2,クラス または x,y）から読み込むか、CSV ファイルに保存します</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="54" />
      <source>Save the points as CSV…</source>
      <translation>点を CSV に保存…</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="40" />
      <source>The class of the points a click adds</source>
      <translation>クリックで追加する点のクラス</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="74" />
      <source>{0} (a new class)</source>
      <translation>{0}（新しいクラス）</translation>
    </message>
  </context>
  <context>
    <name>PointEditor</name>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="252" />
      <source>A run is in progress: stop it (or let it finish) to edit the points; the next run learns them.</source>
      <translation>学習中です。点を編集するには停止する（または終わるのを待つ）必要があります。編集した点は次の学習で使われます。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="299" />
      <source>All points are of the one class “{1}”: a classifier needs two or more.</source>
      <translation>すべての点が同じクラス「{1}」です。分類には 2 つ以上のクラスが必要です。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="301" />
      <source>Line {0} cannot be read as CSV.</source>
      <translation>{0} 行目を CSV として読めません。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="291" />
      <source>Line {0} has only one value. Each line is a point: x1,x2,label (classes) or x,y.</source>
      <translation>{0} 行目に値が 1 つしかありません。1 行が 1 つの点です：x1,x2,クラス または x,y。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="288" />
      <source>Line {0} has {1} value(s) where the first point has {2}. Each line is a point: x1,x2,label (classes) or x,y.</source>
      <translation>{0} 行目の値は {1} 個ですが、最初の点は {2} 個です。1 行が 1 つの点です：x1,x2,クラス または x,y。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="290" />
      <source>Line {0} has {1} values. Each line is a point: x1,x2,label (classes) or x,y.</source>
      <translation>{0} 行目に値が {1} 個あります。1 行が 1 つの点です：x1,x2,クラス または x,y。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="297" />
      <source>Line {0}: more than 10 classes.</source>
      <translation>{0} 行目：クラスが 10 を超えています。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="298" />
      <source>Line {0}: the class “{1}” is not on the “# classes:” line.</source>
      <translation>{0} 行目：クラス「{1}」が「# classes:」の行にありません。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="296" />
      <source>Line {0}: the label {1} is not a class name (1 to 100 printable characters).</source>
      <translation>{0} 行目：ラベル {1} はクラス名（表示できる 1〜100 文字）ではありません。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="295" />
      <source>Line {0}: the label {1} is not a whole number from 0 to 9 (or a class name).</source>
      <translation>{0} 行目：ラベル {1} は 0〜9 の整数（またはクラス名）ではありません。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="293" />
      <source>Line {0}: {1} is not a finite number (NaN and infinity cannot be drawn).</source>
      <translation>{0} 行目：{1} は有限の数ではありません（NaN や無限大は描けません）。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="294" />
      <source>Line {0}: {1} is too large (at most ±1,000,000).</source>
      <translation>{0} 行目：{1} は大きすぎます（±1,000,000 まで）。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="292" />
      <source>Line {0}: “{1}” is not a number.</source>
      <translation>{0} 行目：「{1}」は数ではありません。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="321" />
      <source>Only points of two inputs with classes, or of x and y, can be saved as CSV.</source>
      <translation>CSV に保存できるのは、2 入力とクラスの点、または x と y の点だけです。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="138" />
      <source>Redo</source>
      <translation>やり直す</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="300" />
      <source>The file holds more than 20,000 points.</source>
      <translation>ファイルの点が 20,000 個を超えています。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="287" />
      <source>The file holds no points. Each line is a point: x1,x2,label (classes) or x,y.</source>
      <translation>ファイルに点がありません。1 行が 1 つの点です：x1,x2,クラス または x,y。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="286" />
      <source>The file is not UTF-8 text. Save it from the spreadsheet as “CSV UTF-8”.</source>
      <translation>ファイルが UTF-8 のテキストではありません。表計算ソフトから「CSV UTF-8」で保存してください。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="265" />
      <source>The last point stays: data needs at least one.</source>
      <translation>最後の点は消せません。データには少なくとも 1 つの点が必要です。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="312" />
      <source>The points were not loaded: {0}</source>
      <translation>点を読み込みませんでした：{0}</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="263" />
      <source>There is no point under the mouse to remove.</source>
      <translation>マウスの下に削除できる点がありません。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="136" />
      <source>Undo</source>
      <translation>元に戻す</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="272" />
      <source>adding a point</source>
      <translation>点の追加</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="236" />
      <source>moving a point</source>
      <translation>点の移動</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/point_editor.py" line="267" />
      <source>removing a point</source>
      <translation>点の削除</translation>
    </message>
  </context>
  <context>
    <name>PredictCard</name>
    <message>
      <location filename="../../gui/lesson/predict_card.py" line="106" />
      <source>&lt;b&gt;{0}&lt;/b&gt; waits for your prediction: answer, or skip.</source>
      <translation>&lt;b&gt;{0}&lt;/b&gt; はあなたの予想を待っています。答えるか、スキップしてください。</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/predict_card.py" line="76" />
      <source>A number, e.g. 0.5 or 1/2</source>
      <translation>数値（例：0.5 や 1/2）</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/predict_card.py" line="170" />
      <source>Choose one of the answers first (or skip).</source>
      <translation>まず答えを一つ選んでください（スキップもできます）。</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/predict_card.py" line="124" />
      <source>Choose this as your prediction</source>
      <translation>これを予想として選ぶ</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/predict_card.py" line="74" />
      <source>Go on without predicting</source>
      <translation>予想せずに先へ進む</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/predict_card.py" line="71" />
      <source>Lock in my prediction</source>
      <translation>この予想で決定</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/predict_card.py" line="86" />
      <source>Predict first</source>
      <translation>まず予想しよう</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/predict_card.py" line="73" />
      <source>Skip</source>
      <translation>スキップ</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/predict_card.py" line="145" />
      <source>Skipped. The answer: {0}</source>
      <translation>スキップしました。正解：{0}</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/predict_card.py" line="177" />
      <source>Type a number first (or skip).</source>
      <translation>まず数値を入力してください（スキップもできます）。</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/predict_card.py" line="86" />
      <source>Why</source>
      <translation>なぜか</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/predict_card.py" line="72" />
      <source>Your answer is kept; the lesson then shows what really happens</source>
      <translation>答えが記録され、そのあと実際にどうなるかが示されます</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/predict_card.py" line="104" />
      <source>Your prediction is in. Now press &lt;b&gt;{0}&lt;/b&gt; and see.</source>
      <translation>予想を受け付けました。&lt;b&gt;{0}&lt;/b&gt; を押して確かめましょう。</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/predict_card.py" line="75" />
      <source>your prediction</source>
      <translation>あなたの予想</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/predict_card.py" line="176" />
      <source>“{0}” is not a number: write it with digits, like 0.5 or 1/2</source>
      <translation>「{0}」は数値ではありません。0.5 や 1/2 のように数字で書いてください</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/predict_card.py" line="147" />
      <source>✔ Right: {0}</source>
      <translation>✔ 正解：{0}</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/predict_card.py" line="148" />
      <source>✘ Not this time. The answer: {0}</source>
      <translation>✘ 今回ははずれ。正解：{0}</translation>
    </message>
  </context>
  <context>
    <name>PredictPanel</name>
    <message>
      <location filename="../../gui/pictures/predict_panel.py" line="19" />
      <source>Ask the network which class a picture of your own is</source>
      <translation>自分の画像がどのクラスかをネットワークに尋ねる</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/predict_panel.py" line="18" />
      <source>Open a picture to predict…</source>
      <translation>予測する写真を開く…</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/predict_panel.py" line="25" />
      <source>as the network sees it</source>
      <translation>ネットワークから見た姿</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/predict_panel.py" line="62" />
      <source>as the network sees it: {0} × {1}</source>
      <translation>ネットワークから見た姿：{0} × {1}</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/predict_panel.py" line="30" />
      <source>class probabilities</source>
      <translation>クラスの確率</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/predict_panel.py" line="42" />
      <source>the picture</source>
      <translation>写真</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/predict_panel.py" line="70" />
      <source>{0}: the network says {1} ({2}%)</source>
      <translation>{0}：ネットワークの答えは {1}（{2}%）</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/predict_panel.py" line="20" />
      <source>…or drop a picture file anywhere on this tool.</source>
      <translation>…または、このツールのどこかに画像ファイルをドロップしてください。</translation>
    </message>
  </context>
  <context>
    <name>Predictions</name>
    <message>
      <location filename="../../gui/lesson/predictions.py" line="55" />
      <source>Ask predictions</source>
      <translation>予想を尋ねる</translation>
    </message>
    <message>
      <location filename="../../gui/lesson/predictions.py" line="56" />
      <source>Before the lesson's key moments, the students predict what will happen; then it is shown</source>
      <translation>レッスンの要所で、起こることを先に予想してから結果を見ます</translation>
    </message>
  </context>
  <context>
    <name>Presentation</name>
    <message>
      <location filename="../../gui/presentation.py" line="138" />
      <source>&amp;Actual size</source>
      <translation>元の大きさ(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../gui/presentation.py" line="132" />
      <source>&amp;Full screen</source>
      <translation>全画面(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../gui/presentation.py" line="130" />
      <source>&amp;Presenter mode</source>
      <translation>プレゼンテーションモード(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../gui/presentation.py" line="131" />
      <source>Large text, thick lines, strong highlights, full screen: for a projector</source>
      <translation>大きな文字、太い線、目立つ強調、全画面：プロジェクター用</translation>
    </message>
    <message>
      <location filename="../../gui/presentation.py" line="135" />
      <source>Make every text, line and marker larger</source>
      <translation>すべての文字・線・マーカーを大きくする</translation>
    </message>
    <message>
      <location filename="../../gui/presentation.py" line="137" />
      <source>Make every text, line and marker smaller</source>
      <translation>すべての文字・線・マーカーを小さくする</translation>
    </message>
    <message>
      <location filename="../../gui/presentation.py" line="139" />
      <source>Text, lines and markers at their usual size</source>
      <translation>文字・線・マーカーを通常の大きさに戻す</translation>
    </message>
    <message>
      <location filename="../../gui/presentation.py" line="133" />
      <source>Use the whole screen for the window</source>
      <translation>ウィンドウを画面いっぱいに表示する</translation>
    </message>
    <message>
      <location filename="../../gui/presentation.py" line="134" />
      <source>Zoom &amp;in</source>
      <translation>拡大(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../gui/presentation.py" line="136" />
      <source>Zoom &amp;out</source>
      <translation>縮小(&amp;O)</translation>
    </message>
  </context>
  <context>
    <name>PresenterKeys</name>
    <message>
      <location filename="../../gui/presenter_keys.py" line="85" />
      <source>&amp;Blank the screen</source>
      <translation>画面を暗転(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../gui/presenter_keys.py" line="87" />
      <source>Black out the window, as in presentation software; any key brings it back</source>
      <translation>プレゼンテーションソフトのようにウィンドウを黒くする。どれかのキーで元に戻る</translation>
    </message>
    <message>
      <location filename="../../gui/presenter_keys.py" line="93" />
      <source>Remote: next step of the tool in front</source>
      <translation>リモコン：表示中のツールの次のステップ</translation>
    </message>
    <message>
      <location filename="../../gui/presenter_keys.py" line="94" />
      <source>Remote: previous step of the tool in front</source>
      <translation>リモコン：表示中のツールの前のステップ</translation>
    </message>
  </context>
  <context>
    <name>Presets</name>
    <message>
      <location filename="../../gui/builder/presets.py" line="16" />
      <source>A single neuron (logistic regression)</source>
      <translation>ニューロン1個（ロジスティック回帰）</translation>
    </message>
    <message>
      <location filename="../../gui/builder/presets.py" line="18" />
      <source>Deep and narrow (5 × 4 tanh units)</source>
      <translation>深くて細い（tanh 4 ユニット × 5 層）</translation>
    </message>
    <message>
      <location filename="../../gui/builder/presets.py" line="17" />
      <source>One hidden layer (8 ReLU units)</source>
      <translation>隠れ層1層（ReLU 8 ユニット）</translation>
    </message>
    <message>
      <location filename="../../gui/builder/presets.py" line="19" />
      <source>Wide (256 ReLU units)</source>
      <translation>幅広（ReLU 256 ユニット）</translation>
    </message>
  </context>
  <context>
    <name>ProgressPanel</name>
    <message>
      <location filename="../../gui/dashboard/progress_panel.py" line="65" />
      <source> · {0} s left</source>
      <translation> · 残り {0} 秒</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/progress_panel.py" line="63" />
      <source> · {0} samples/s</source>
      <translation> · {0} 例/秒</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/progress_panel.py" line="59" />
      <source>Diverged at epoch {0}, batch {1}: try a smaller α</source>
      <translation>エポック {0}、バッチ {1} で発散しました：もっと小さな α を試してください</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/progress_panel.py" line="61" />
      <source>Failed at epoch {0}, batch {1}</source>
      <translation>エポック {0}、バッチ {1} で失敗しました</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/progress_panel.py" line="57" />
      <source>Finished · {0} epochs</source>
      <translation>完了 · {0} エポック</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/progress_panel.py" line="29" />
      <source>Idle: press Start to train</source>
      <translation>待機中：「開始」を押すと学習します</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/progress_panel.py" line="51" />
      <source>Not learning · {0}</source>
      <translation>学習が進んでいません · {0}</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/progress_panel.py" line="53" />
      <source>Paused · {0}</source>
      <translation>一時停止中 · {0}</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/progress_panel.py" line="55" />
      <source>Stopped · {0}</source>
      <translation>停止しました · {0}</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/progress_panel.py" line="49" />
      <source>Training · {0}</source>
      <translation>学習中 · {0}</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/progress_panel.py" line="47" />
      <source>epoch {0}/{1} · batch {2}/{3}</source>
      <translation>エポック {0}/{1} · バッチ {2}/{3}</translation>
    </message>
  </context>
  <context>
    <name>RegionsPanel</name>
    <message>
      <location filename="../../gui/dashboard/regions_panel.py" line="64" />
      <source>Decision regions</source>
      <translation>決定領域</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/regions_panel.py" line="71" />
      <source>The fitted curve over the data</source>
      <translation>データに当てはめた曲線</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/regions_panel.py" line="77" />
      <source>This data has {0} inputs per example: there is no 2-D picture of its decision regions. Watch the loss, the accuracy and the confusion matrix instead.</source>
      <translation>このデータは例ごとに入力が {0} 個あるので、決定領域を2次元の図で描けません。代わりに損失、正解率、混同行列を見てください。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/regions_panel.py" line="33" />
      <source>What the model does</source>
      <translation>モデルの出力</translation>
    </message>
  </context>
  <context>
    <name>RunsPanel</name>
    <message>
      <location filename="../../gui/dashboard/runs_panel.py" line="31" />
      <source>Delete run</source>
      <translation>実行結果を削除</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/runs_panel.py" line="32" />
      <source>Delete the selected run from the list and the plots</source>
      <translation>選択した実行を一覧とグラフから削除する</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/runs_panel.py" line="28" />
      <source>Runs</source>
      <translation>実行結果</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/runs_panel.py" line="30" />
      <location filename="../../gui/dashboard/runs_panel.py" line="76" />
      <source>Tick to show a run on the plots; double-click to rename it</source>
      <translation>チェックするとグラフに表示、ダブルクリックで名前を変更</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/runs_panel.py" line="68" />
      <source>training loss {0}</source>
      <translation>訓練損失 {0}</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/runs_panel.py" line="70" />
      <source>validation loss {0}</source>
      <translation>検証損失 {0}</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/runs_panel.py" line="72" />
      <source>{0}, epoch {1}: {2}</source>
      <translation>{0}、エポック {1}：{2}</translation>
    </message>
  </context>
  <context>
    <name>Session</name>
    <message>
      <location filename="../../gui/session.py" line="139" />
      <source>2 inputs: the point's coordinates (x₁, x₂)</source>
      <translation>入力 2 個：点の座標 (x₁, x₂)</translation>
    </message>
    <message>
      <location filename="../../gui/session.py" line="145" />
      <source>classify into {n} classes</source>
      <translation>{n} クラスに分類</translation>
    </message>
    <message>
      <location filename="../../gui/session.py" line="146" />
      <source>predict {n} number(s) (regression)</source>
      <translation>{n} 個の数を予測（回帰）</translation>
    </message>
    <message>
      <location filename="../../gui/session.py" line="137" />
      <source>{h}×{w} pixels = {n} inputs</source>
      <translation>{h}×{w} 画素 = 入力 {n} 個</translation>
    </message>
    <message>
      <location filename="../../gui/session.py" line="134" />
      <source>{h}×{w} pixels × {c} colours = {n} inputs</source>
      <translation>{h}×{w} 画素 × {c} 色 = 入力 {n} 個</translation>
    </message>
    <message>
      <location filename="../../gui/session.py" line="140" />
      <source>{n} inputs per example</source>
      <translation>例ごとに入力 {n} 個</translation>
    </message>
  </context>
  <context>
    <name>SessionMenus</name>
    <message>
      <location filename="../../gui/persistence/last_session.py" line="107" />
      <source>&amp;Continue</source>
      <translation>続ける(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../gui/help_actions.py" line="42" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/last_session.py" line="93" />
      <source>&amp;Last session, autosaved {0}</source>
      <translation>前回のセッション（{0} に自動保存）(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../gui/help_actions.py" line="39" />
      <source>&amp;Lesson</source>
      <translation>レッスン(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/menus.py" line="31" />
      <source>&amp;Open session…</source>
      <translation>セッションを開く(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../gui/help_actions.py" line="45" />
      <source>&amp;Report a problem…</source>
      <translation>問題を報告(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/menus.py" line="40" />
      <source>&amp;Reset settings…</source>
      <translation>設定をリセット(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/menus.py" line="34" />
      <source>&amp;Save session</source>
      <translation>セッションを保存(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../gui/help_actions.py" line="117" />
      <source>(no description)</source>
      <translation>（説明なし）</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/menus.py" line="74" />
      <source>(no recent sessions)</source>
      <translation>（最近のセッションはありません）</translation>
    </message>
    <message>
      <location filename="../../gui/help_actions.py" line="146" />
      <source>A report with the version, your platform and the last lines of the log was copied to the clipboard. Paste it into an e-mail or an issue, with what you did just before the problem.</source>
      <translation>バージョン、お使いの環境、ログの最後の行を含む報告をクリップボードにコピーしました。問題の直前に何をしたかを添えて、メールや issue に貼り付けてください。</translation>
    </message>
    <message>
      <location filename="../../gui/help_actions.py" line="124" />
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/last_session.py" line="138" />
      <source>Autosave</source>
      <translation>自動保存</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/menus.py" line="78" />
      <source>Clear the list</source>
      <translation>リストを消去</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/last_session.py" line="30" />
      <source>Close Gradient Lab (the session is autosaved: the next start offers to continue it)</source>
      <translation>勾配ラボを終了します（セッションは自動保存され、次に起動したときに続きから始められます）</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/last_session.py" line="102" />
      <source>Continue the last session?</source>
      <translation>前回のセッションを続けますか？</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/last_session.py" line="103" />
      <source>Continue where you stopped last time? Gradient Lab autosaved the session when it was closed ({0}). It stays in File → Open recent until the next start.</source>
      <translation>前回やめたところから続けますか？ 勾配ラボは終了したとき ({0}) にセッションを自動保存しました。次に起動するまで「ファイル → 最近使ったファイル」に残ります。</translation>
    </message>
    <message>
      <location filename="../../gui/help_actions.py" line="109" />
      <source>Copy</source>
      <translation>コピー</translation>
    </message>
    <message>
      <location filename="../../gui/help_actions.py" line="47" />
      <source>Copy the version, platform and last log lines to the clipboard</source>
      <translation>バージョン、環境、ログの最後の行をクリップボードにコピー</translation>
    </message>
    <message>
      <location filename="../../gui/help_actions.py" line="109" />
      <source>Cut</source>
      <translation>切り取り</translation>
    </message>
    <message>
      <location filename="../../gui/help_actions.py" line="111" />
      <source>Delete</source>
      <translation>削除</translation>
    </message>
    <message>
      <location filename="../../gui/help_actions.py" line="110" />
      <source>Find</source>
      <translation>検索</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/menus.py" line="42" />
      <source>Forget the window layout, language, folders, recent files and lesson progress</source>
      <translation>ウィンドウの配置、言語、フォルダー、最近使ったファイル、レッスンの進み具合を忘れる</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/dialogs.py" line="175" />
      <source>Forget the window layout, language, last folders, recent files and lesson progress? Your session files are not touched.</source>
      <translation>ウィンドウの配置、言語、最後に使ったフォルダー、最近使ったファイル、レッスンの進み具合を忘れますか？ セッションファイルはそのまま残ります。</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/last_session.py" line="83" />
      <source>Gradient Lab did not close properly last time. Restore the session autosaved at {0}?</source>
      <translation>前回、勾配ラボは正しく終了しませんでした。{0} に自動保存されたセッションを復元しますか？</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/dialogs.py" line="33" />
      <source>Gradient Lab sessions (*.gradlab)</source>
      <translation>勾配ラボのセッション (*.gradlab)</translation>
    </message>
    <message>
      <location filename="../../gui/help_actions.py" line="122" />
      <source>Keyboard shortcuts</source>
      <translation>キーボードショートカット</translation>
    </message>
    <message>
      <location filename="../../gui/help_actions.py" line="124" />
      <source>Keys</source>
      <translation>キー</translation>
    </message>
    <message>
      <location filename="../../gui/help_actions.py" line="44" />
      <source>List every keyboard shortcut</source>
      <translation>すべてのキーボードショートカットを一覧表示</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/menus.py" line="44" />
      <source>Open &amp;recent</source>
      <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/menus.py" line="33" />
      <source>Open a saved session (.gradlab): function, network, weights, history</source>
      <translation>保存したセッション (.gradlab) を開く：関数、ネットワーク、重み、履歴</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/dialogs.py" line="123" />
      <location filename="../../gui/persistence/dialogs.py" line="144" />
      <location filename="../../gui/persistence/dialogs.py" line="153" />
      <source>Open session</source>
      <translation>セッションを開く</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/dialogs.py" line="92" />
      <source>Opened {0}</source>
      <translation>{0} を開きました</translation>
    </message>
    <message>
      <location filename="../../gui/help_actions.py" line="109" />
      <source>Paste</source>
      <translation>貼り付け</translation>
    </message>
    <message>
      <location filename="../../gui/help_actions.py" line="110" />
      <source>Redo</source>
      <translation>やり直し</translation>
    </message>
    <message>
      <location filename="../../gui/help_actions.py" line="145" />
      <source>Report a problem</source>
      <translation>問題を報告</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/dialogs.py" line="174" />
      <source>Reset settings</source>
      <translation>設定のリセット</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/last_session.py" line="82" />
      <source>Restore the last session?</source>
      <translation>前回のセッションを復元しますか？</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/menus.py" line="39" />
      <source>Save everything in this window to a new session file</source>
      <translation>このウィンドウの内容をすべて新しいセッションファイルに保存</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/menus.py" line="36" />
      <source>Save everything in this window to the session file</source>
      <translation>このウィンドウの内容をすべてセッションファイルに保存</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/dialogs.py" line="107" />
      <location filename="../../gui/persistence/dialogs.py" line="131" />
      <source>Save session</source>
      <translation>セッションの保存</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/menus.py" line="37" />
      <source>Save session &amp;as…</source>
      <translation>名前を付けてセッションを保存(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/dialogs.py" line="113" />
      <source>Saved {0}</source>
      <translation>{0} を保存しました</translation>
    </message>
    <message>
      <location filename="../../gui/help_actions.py" line="110" />
      <source>Select all</source>
      <translation>すべて選択</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/dialogs.py" line="182" />
      <source>Settings were reset. Gradient Lab starts with its defaults next time.</source>
      <translation>設定をリセットしました。次回、勾配ラボは初期設定で起動します。</translation>
    </message>
    <message>
      <location filename="../../gui/help_actions.py" line="41" />
      <source>Show the lesson that walks through the lecture</source>
      <translation>講義の流れに沿ったレッスンを表示</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/last_session.py" line="108" />
      <source>Start &amp;fresh</source>
      <translation>新しく始める(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/last_session.py" line="122" />
      <source>The autosaved session was restored.</source>
      <translation>自動保存されたセッションを復元しました。</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/dialogs.py" line="43" />
      <source>The file could not be read. Nothing was changed.</source>
      <translation>ファイルを読めませんでした。何も変更していません。</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/dialogs.py" line="53" />
      <source>The lesson step saved in the session cannot be read: the lesson stays where it was.</source>
      <translation>セッションに保存されたレッスンのステップを読み取れません。レッスンは今のステップのままです。</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/dialogs.py" line="50" />
      <source>The picture folder {0} is no longer there: the pictures saved in the session are used.</source>
      <translation>画像フォルダー {0} はもうありません。セッションに保存された画像を使います。</translation>
    </message>
    <message>
      <location filename="../../gui/help_actions.py" line="144" />
      <source>The problem report was copied to the clipboard.</source>
      <translation>問題の報告をクリップボードにコピーしました。</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/menus.py" line="65" />
      <source>The session Gradient Lab autosaved when it was last closed</source>
      <translation>勾配ラボが前回終了したときに自動保存したセッション</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/last_session.py" line="133" />
      <source>The session could not be autosaved. Save it with File → Save session.</source>
      <translation>セッションを自動保存できませんでした。「ファイル → セッションを保存」で保存してください。</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/dialogs.py" line="44" />
      <source>The session could not be opened. Nothing was changed.</source>
      <translation>セッションを開けませんでした。何も変更していません。</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/dialogs.py" line="106" />
      <source>The session could not be saved. The previous file, if any, is unchanged.</source>
      <translation>セッションを保存できませんでした。以前のファイルがあれば、そのままです。</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/dialogs.py" line="42" />
      <source>This file is not a Gradient Lab session. Nothing was changed.</source>
      <translation>このファイルは勾配ラボのセッションではありません。何も変更していません。</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/dialogs.py" line="41" />
      <location filename="../../gui/persistence/dialogs.py" line="82" />
      <source>This session file is damaged and cannot be opened. Nothing was changed.</source>
      <translation>このセッションファイルは壊れていて開けません。何も変更していません。</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/dialogs.py" line="39" />
      <source>This session was saved by a newer version of Gradient Lab. Update Gradient Lab to open it. Nothing was changed.</source>
      <translation>このセッションは新しいバージョンの勾配ラボで保存されています。開くには勾配ラボを更新してください。何も変更していません。</translation>
    </message>
    <message>
      <location filename="../../gui/help_actions.py" line="109" />
      <source>Undo</source>
      <translation>元に戻す</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/dialogs.py" line="54" />
      <source>Where the data came from cannot be used ({0}): the data saved in the session is used.</source>
      <translation>データの出どころを使えません（{0}）。セッションに保存されたデータを使います。</translation>
    </message>
    <message>
      <location filename="../../gui/persistence/dialogs.py" line="130" />
      <source>my session</source>
      <translation>私のセッション</translation>
    </message>
  </context>
  <context>
    <name>SettingsPanel</name>
    <message>
      <location filename="../../gui/dashboard/settings_panel.py" line="91" />
      <source>A run is in progress: stop it to change these settings.</source>
      <translation>学習を実行中です。これらの設定を変えるには停止してください。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/settings_panel.py" line="164" />
      <source>A run is in progress: stop it to change this.</source>
      <translation>学習を実行中です。これを変えるには停止してください。</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/settings_panel.py" line="22" />
      <source>AdaGrad</source>
      <translation>AdaGrad</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/settings_panel.py" line="22" />
      <source>Adam</source>
      <translation>Adam</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/settings_panel.py" line="66" />
      <source>Batch size</source>
      <translation>バッチサイズ</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/settings_panel.py" line="80" />
      <source>Continue from the current weights</source>
      <translation>今の重みから続ける</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/settings_panel.py" line="69" />
      <source>Epochs</source>
      <translation>エポック数</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/settings_panel.py" line="65" />
      <source>How many examples each step of gradient descent averages over</source>
      <translation>勾配降下法の1ステップで平均をとる例の数</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/settings_panel.py" line="68" />
      <source>How many times training goes through all the training data</source>
      <translation>訓練データ全体を何回繰り返して学習するか</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/settings_panel.py" line="40" />
      <source>How much of the last step each step keeps (0: none)</source>
      <translation>各ステップが直前のステップをどれだけ引き継ぐか（0：まったく引き継がない）</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/settings_panel.py" line="79" />
      <source>L2 weight decay λ</source>
      <translation>L2 荷重減衰 λ</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/settings_panel.py" line="78" />
      <source>L2 weight decay λ: adds λ/2 Σ|W|² to the loss</source>
      <translation>L2 荷重減衰 λ：損失に λ/2 Σ|W|² を加えます</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/settings_panel.py" line="57" />
      <source>Learning rate α</source>
      <translation>学習係数 α</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/settings_panel.py" line="21" />
      <source>Momentum</source>
      <translation>モーメンタム</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/settings_panel.py" line="41" />
      <source>Momentum μ</source>
      <translation>モーメンタム μ</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/settings_panel.py" line="21" />
      <source>Nesterov</source>
      <translation>Nesterov</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/settings_panel.py" line="38" />
      <source>Optimizer</source>
      <translation>最適化手法</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/settings_panel.py" line="90" />
      <source>Pace</source>
      <translation>ペース</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/settings_panel.py" line="22" />
      <source>RMSProp</source>
      <translation>RMSProp</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/settings_panel.py" line="21" />
      <source>SGD (gradient method)</source>
      <translation>SGD（勾配法）</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/settings_panel.py" line="72" />
      <source>Seed</source>
      <translation>シード</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/settings_panel.py" line="71" />
      <source>Seed of the initial weights and of the batch order</source>
      <translation>初期の重みとバッチの順番のシード</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/settings_panel.py" line="74" />
      <source>Share of the data held out to check the network on examples it never trains on</source>
      <translation>学習に使わない例でネットワークを確かめるために取っておくデータの割合</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/settings_panel.py" line="89" />
      <source>Slow training down to watch the parameters and the curve move</source>
      <translation>学習をゆっくり進めて、パラメータと曲線が動く様子を見ます</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/settings_panel.py" line="50" />
      <source>The learning rate α in s := s − α g; type any positive number</source>
      <translation>s := s − α g の学習係数 α。正の数を入力してください</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/settings_panel.py" line="47" />
      <source>The learning rate α on a logarithmic scale: each notch multiplies it</source>
      <translation>対数目盛の学習率 α：1目盛ごとに何倍かになります</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/settings_panel.py" line="37" />
      <source>The rule that turns each batch's gradient into a change of the weights</source>
      <translation>各バッチの勾配から重みの変化を決める規則</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/settings_panel.py" line="29" />
      <source>Training settings</source>
      <translation>学習の設定</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/settings_panel.py" line="81" />
      <source>Unticked, each run starts from fresh weights drawn from the seed, so runs compare fairly</source>
      <translation>チェックを外すと、毎回シードから引いた新しい重みで始めるので、実行結果を公平に比べられます</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/settings_panel.py" line="76" />
      <source>Validation share</source>
      <translation>検証データの割合</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/settings_panel.py" line="30" />
      <source>Where the descent starts (you can also click the map)</source>
      <translation>降下を始める点（地図をクリックしても選べます）</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/settings_panel.py" line="87" />
      <source>full speed</source>
      <translation>全速</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/settings_panel.py" line="26" />
      <source>learning rate α</source>
      <translation>学習係数 α</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/settings_panel.py" line="88" />
      <source>pause {0} s after each step</source>
      <translation>1 ステップごとに {0} 秒止まる</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/settings_panel.py" line="61" />
      <source>start (x1, x2)</source>
      <translation>初期値 (x1, x2)</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/settings_panel.py" line="63" />
      <source>start ({w1}, {w2})</source>
      <translation>初期値 ({w1}, {w2})</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/settings_panel.py" line="61" />
      <source>start s₀</source>
      <translation>初期値 s₀</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/settings_panel.py" line="25" />
      <source>α: how far each step goes along −∇f</source>
      <translation>α：各ステップで −∇f の方向にどれだけ進むか</translation>
    </message>
    <message>
      <location filename="../../gui/dashboard/settings_panel.py" line="157" />
      <source>“{0}” is not a positive number; the learning rate stays {1}.</source>
      <translation>「{0}」は正の数ではありません。学習係数は {1} のままです。</translation>
    </message>
  </context>
  <context>
    <name>SkippedPanel</name>
    <message>
      <location filename="../../gui/pictures/skipped_panel.py" line="16" />
      <source>File</source>
      <translation>ファイル</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/skipped_panel.py" line="14" />
      <source>Files of the folder that could not be read as pictures, and why</source>
      <translation>画像として読めなかったフォルダー内のファイルとその理由</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/skipped_panel.py" line="27" />
      <source>No file was skipped.</source>
      <translation>飛ばしたファイルはありません。</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/skipped_panel.py" line="16" />
      <source>Why it was skipped</source>
      <translation>飛ばした理由</translation>
    </message>
    <message>
      <location filename="../../gui/pictures/skipped_panel.py" line="29" />
      <source>{0} file(s) were not loaded:</source>
      <translation>{0} 個のファイルを読み込みませんでした：</translation>
    </message>
  </context>
  <context>
    <name>SpecMessages</name>
    <message>
      <location filename="../../gui/builder/messages.py" line="60" />
      <source>cross-entropy needs probabilities: use softmax or sigmoid at the output</source>
      <translation>交差エントロピーには確率が必要です：出力にソフトマックスかシグモイドを使ってください</translation>
    </message>
    <message>
      <location filename="../../gui/builder/messages.py" line="23" />
      <source>needs at least 1 unit</source>
      <translation>1 ユニット以上必要です</translation>
    </message>
    <message>
      <location filename="../../gui/builder/messages.py" line="57" />
      <source>sigmoid scores each class on its own; with {0} classes softmax is usual</source>
      <translation>シグモイドは各クラスを別々に評価します。{0} クラスならソフトマックスが普通です</translation>
    </message>
    <message>
      <location filename="../../gui/builder/messages.py" line="27" />
      <source>softmax can only be the output layer: it turns the last scores into probabilities</source>
      <translation>ソフトマックスは出力層にしか使えません：最後のスコアを確率に変えるためのものです</translation>
    </message>
    <message>
      <location filename="../../gui/builder/messages.py" line="55" />
      <source>softmax with squared error learns slowly; cross-entropy is the usual pair</source>
      <translation>ソフトマックスと二乗誤差の組み合わせは学習が遅いです。交差エントロピーと組み合わせるのが普通です</translation>
    </message>
    <message>
      <location filename="../../gui/builder/messages.py" line="49" />
      <source>the data has {0} classes but the output has {1} unit(s): training cannot work</source>
      <translation>データは {0} クラスなのに出力は {1} ユニットです：これでは学習できません</translation>
    </message>
    <message>
      <location filename="../../gui/builder/messages.py" line="52" />
      <source>the data has {0} target(s) but the output has {1} unit(s): training cannot work</source>
      <translation>データの目標値は {0} 個なのに出力は {1} ユニットです：これでは学習できません</translation>
    </message>
    <message>
      <location filename="../../gui/builder/messages.py" line="35" />
      <source>too big: {0} parameters would need about {1:.1f} GB to train (at most {2:.0f} GB). Make it smaller.</source>
      <translation>大きすぎます：{0} 個のパラメータの学習には約 {1:.1f} GB 必要です（上限 {2:.0f} GB）。小さくしてください。</translation>
    </message>
    <message>
      <location filename="../../gui/builder/messages.py" line="17" />
      <source>{0} layers are too many (at most {1})</source>
      <translation>層が {0} 個は多すぎます（{1} 個まで）</translation>
    </message>
    <message>
      <location filename="../../gui/builder/messages.py" line="62" />
      <source>{0} squeezes the output into (0, 1); regression usually uses identity</source>
      <translation>{0} は出力を (0, 1) に押し込めます。回帰にはふつう恒等関数を使います</translation>
    </message>
    <message>
      <location filename="../../gui/builder/messages.py" line="25" />
      <source>{0} units is absurd (at most {1})</source>
      <translation>{0} ユニットは多すぎます（最大 {1}）</translation>
    </message>
  </context>
  <context>
    <name>StepPanel</name>
    <message>
      <location filename="../../gui/backprop/step_panel.py" line="23" />
      <source>Step 3 of the gradient method (see “Gradient stepper”), now for every parameter at once. Pressing it again and again is gradient descent by hand on this one example; “Training” does the same on mini-batches of many examples, thousands of times.</source>
      <translation>勾配法の手順3（「勾配ステッパー」を参照）を、すべてのパラメータに一度に行います。何度も押すと、この一つの例について手で勾配降下法をすることになります。「学習」では同じことを多くの例のミニバッチで何千回も行います。</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/step_panel.py" line="43" />
      <source>Step {n}: loss {before} → {after}</source>
      <translation>ステップ {n}：損失 {before} → {after}</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/step_panel.py" line="18" />
      <source>Take one gradient step</source>
      <translation>勾配法で1ステップ進める</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/step_panel.py" line="17" />
      <source>The learning rate α</source>
      <translation>学習係数 α</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/step_panel.py" line="30" />
      <source>α =</source>
      <translation>α =</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/step_panel.py" line="19" />
      <source>θ := θ − α ∂L/∂θ for every parameter, then trace again</source>
      <translation>すべてのパラメータを θ := θ − α ∂L/∂θ で更新し、もう一度たどります</translation>
    </message>
  </context>
  <context>
    <name>Stepper</name>
    <message>
      <location filename="../../gui/stepper/texts.py" line="159" />
      <source>A number, a variable or “(” is missing at position {pos}.</source>
      <translation>位置 {pos} に数、変数、または「(」が必要です。</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="47" />
      <source>AdaGrad</source>
      <translation>AdaGrad</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="48" />
      <source>Adam</source>
      <translation>Adam</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="124" />
      <source>At the start, the curvature along these two weights asks for α &lt; 2/L = {bound}.</source>
      <translation>初期値では、この 2 つの重みの方向の曲率から α &lt; 2/L = {bound} が必要です。</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="151" />
      <source>Character “{detail}” is not allowed (position {pos}). Use numbers, the variables, + − * / ^ ( ) and functions such as sin, exp, log.</source>
      <translation>文字「{detail}」は使えません（位置 {pos}）。数、変数、+ − * / ^ ( ) と sin、exp、log などの関数を使ってください。</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/contour_view.py" line="52" />
      <source>Click on the map to start from there.</source>
      <translation>マップをクリックすると、その点から始めます。</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="119" />
      <source>Diverged after {t} steps: the point left every sensible range. The learning rate α = {lr} is too large for the curvature of f here, so each step overshoots the minimum further than the last.</source>
      <translation>{t} ステップで発散しました：点が妥当な範囲の外に出ました。学習係数 α = {lr} はここでの f の曲がり具合に対して大きすぎるため、一歩ごとに最小点を前回よりも大きく飛び越えてしまいます。</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="107" />
      <source>For the network's loss, L is the largest curvature along the two weights at the start: farther away the curvature changes, and so does the bound.</source>
      <translation>ネットワークの損失では、L は初期値での 2 つの重みの方向の最大の曲率です。離れると曲率が変わり、この上限も変わります。</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="127" />
      <source>For this quadratic, gradient descent converges only for α &lt; 2/L = {bound}.</source>
      <translation>この二次関数では、勾配降下法は α &lt; 2/L = {bound} のときだけ収束します。</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="46" />
      <source>Gradient descent</source>
      <translation>勾配降下法</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="38" />
      <source>Gradient: (∂L/∂{w1}, ∂L/∂{w2}) from the network's own backpropagation, as in training.</source>
      <translation>勾配: (∂L/∂{w1}, ∂L/∂{w2}) は学習と同じく、ネットワーク自身の誤差逆伝播で求めます。</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="20" />
      <source>Himmelblau (four minima)</source>
      <translation>Himmelblau 関数（極小点が四つ）</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="29" />
      <source>Loss of the network {arch} over {w1} and {w2}</source>
      <translation>ネットワーク {arch} の損失（{w1} と {w2} の関数）</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="46" />
      <source>Momentum</source>
      <translation>モーメンタム</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="47" />
      <source>Nesterov</source>
      <translation>Nesterov</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="163" />
      <source>Not a formula (position {pos}).</source>
      <translation>式になっていません（位置 {pos}）。</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="15" />
      <source>Overshoot: s⁴/4 with a large α</source>
      <translation>行き過ぎ：大きな α で s⁴/4</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="16" />
      <source>Quadratic model a s² + b s + c</source>
      <translation>二次関数のモデル a s² + b s + c</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="48" />
      <source>RMSProp</source>
      <translation>RMSProp</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="19" />
      <source>Rosenbrock's banana valley</source>
      <translation>Rosenbrock のバナナ谷</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="17" />
      <source>Round bowl: x1² + x2²</source>
      <translation>丸いお椀：x1² + x2²</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="21" />
      <source>Saddle: x1² − x2²</source>
      <translation>鞍点：x1² − x2²</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="97" />
      <source>Stable for α &lt; 2/L = {bound} (L: the largest curvature): each step shrinks the error, so the point converges.</source>
      <translation>α &lt; 2/L = {bound}（L：最大の曲率）なら安定です：一歩ごとに誤差が小さくなり、点は収束します。</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="131" />
      <source>Stopped after {t} steps: f keeps decreasing as the point runs away, so it has no minimum in that direction (a saddle or an endless slope).</source>
      <translation>{t} ステップで停止しました：点が遠ざかるほど f が小さくなり続けるので、その方向には最小点がありません（鞍点か、終わりのない坂です）。</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="135" />
      <source>Stopped: f is not defined at {point} ({why} in {where}).</source>
      <translation>停止：f は {point} で定義されていません（{where} で {why}）。</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/opengl_check.py" line="47" />
      <source>The 3-D view is off: PyOpenGL cannot be loaded ({e}).</source>
      <translation>3次元表示はオフです：PyOpenGL を読み込めません（{e}）。</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/opengl_check.py" line="40" />
      <source>The 3-D view is off: Qt runs without a screen (platform “{p}”), which has no OpenGL. Start Gradient Lab on a desktop, or under Xvfb with QT_QPA_PLATFORM=xcb, to see the surface.</source>
      <translation>3次元表示はオフです：Qt が画面なし（プラットフォーム「{p}」）で動いており、OpenGL がありません。曲面を見るには、デスクトップ上で、または Xvfb と QT_QPA_PLATFORM=xcb で勾配ラボを起動してください。</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/opengl_check.py" line="51" />
      <source>The 3-D view is off: no OpenGL context could be created on this display.</source>
      <translation>3次元表示はオフです：このディスプレイでは OpenGL のコンテキストを作れませんでした。</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/opengl_check.py" line="57" />
      <source>The 3-D view is off: the OpenGL context could not be used.</source>
      <translation>3次元表示はオフです：OpenGL のコンテキストを使えませんでした。</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/opengl_check.py" line="37" />
      <source>The 3-D view is turned off (GRADLAB_NO_OPENGL is set).</source>
      <translation>3次元表示はオフにしてあります（GRADLAB_NO_OPENGL が設定されています）。</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="150" />
      <source>The formula is empty.</source>
      <translation>式が空です。</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="149" />
      <source>The formula is nested too deeply.</source>
      <translation>式の入れ子が深すぎます。</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="148" />
      <source>The formula is too long: at most {detail} characters.</source>
      <translation>式が長すぎます：最大 {detail} 文字です。</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="139" />
      <source>The gradient is zero: a stationary point.</source>
      <translation>勾配がゼロです：停留点です。</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="160" />
      <source>The number {detail} at position {pos} is too large to compute (numbers stay below about 1.8e308).</source>
      <translation>位置 {pos} の数 {detail} は大きすぎて計算できません（扱える数はおよそ 1.8e308 未満です）。</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="14" />
      <source>Two minima: s⁴/4 − s² + s/4</source>
      <translation>極小点が二つ：s⁴/4 − s² + s/4</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="154" />
      <source>Unexpected “{detail}” at position {pos}.</source>
      <translation>位置 {pos} に予期しない「{detail}」があります。</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="157" />
      <source>Unknown name “{detail}” at position {pos}. Use s, or x1 and x2, and the functions sin cos tan exp log sqrt abs tanh sinh cosh atan sigmoid.</source>
      <translation>位置 {pos} の名前「{detail}」は使えません。s、または x1 と x2、そして関数 sin cos tan exp log sqrt abs tanh sinh cosh atan sigmoid を使ってください。</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="22" />
      <source>Your own formula</source>
      <translation>自分の式</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="18" />
      <source>Zig-zag: ½ x1² + 5 x2²</source>
      <translation>ジグザグ：½ x1² + 5 x2²</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="74" />
      <source>a division by zero</source>
      <translation>ゼロでの割り算</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="76" />
      <source>a negative number to a fractional power</source>
      <translation>負の数の分数乗</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="78" />
      <source>a number too large to compute</source>
      <translation>計算できないほど大きな数</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="79" />
      <source>a value outside the function's domain</source>
      <translation>関数の定義域の外の値</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="52" />
      <source>decay ρ</source>
      <translation>減衰率 ρ</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="13" />
      <source>f(s) = s²  (the lecture's exercise)</source>
      <translation>f(s) = s²（講義の演習）</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="36" />
      <source>f({w1}, {w2}) = the loss of the network {arch} on its {n} examples, as a function of the two weights {w1} and {w2}; every other weight stays as it was.</source>
      <translation>f({w1}, {w2}) = ネットワーク {arch} の {n} 個の例での損失を、2 つの重み {w1} と {w2} の関数と見たもの。ほかの重みはすべてそのままです。</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/formulas.py" line="49" />
      <source>go back to Step 2 (t = {t})</source>
      <translation>手順2に戻る (t = {t})</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="52" />
      <source>momentum μ</source>
      <translation>モーメンタム μ</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="70" />
      <source>the logarithm of a number that is not positive</source>
      <translation>正でない数の対数</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="72" />
      <source>the square root of a negative number</source>
      <translation>負の数の平方根</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="155" />
      <source>{detail} needs brackets, e.g. {detail}(s) (position {pos}).</source>
      <translation>{detail} にはかっこが必要です。例：{detail}(s)（位置 {pos}）。</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="156" />
      <source>{detail} takes one argument (position {pos}).</source>
      <translation>{detail} の引数は一つです（位置 {pos}）。</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/formulas.py" line="47" />
      <source>{x} := {new}  (the {method} rule)</source>
      <translation>{x} := {new}（{method} の更新式）</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="104" />
      <source>α = {lr} is beyond 2/L = {bound}: |1 − αL| &gt; 1, so each step overshoots further than the last and the point diverges.</source>
      <translation>α = {lr} は 2/L = {bound} を超えています：|1 − αL| &gt; 1 なので、一歩ごとに前回よりも大きく行き過ぎ、点は発散します。</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="100" />
      <source>α = {lr} is exactly 2/L: along the steepest direction each step multiplies by 1 − αL = −1, so the point flips sign with the same size and oscillates forever (it neither converges nor grows).</source>
      <translation>α = {lr} はちょうど 2/L です：いちばん急な方向では一歩ごとに 1 − αL = −1 倍になるので、点は同じ大きさのまま符号が入れ替わり、いつまでも振動します（収束も発散もしません）。</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="53" />
      <source>β1</source>
      <translation>β1</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="53" />
      <source>β2</source>
      <translation>β2</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/texts.py" line="153" />
      <source>“{detail}” expected at position {pos}.</source>
      <translation>位置 {pos} に「{detail}」が必要です。</translation>
    </message>
  </context>
  <context>
    <name>StepperTool</name>
    <message>
      <location filename="../../gui/stepper/tool.py" line="98" />
      <source>3-D surface</source>
      <translation>3次元の曲面</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/tool.py" line="64" />
      <source>Function</source>
      <translation>関数</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/tool.py" line="133" />
      <source>Gradient stepper</source>
      <translation>勾配ステッパー</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/tool.py" line="65" />
      <source>Optimizer</source>
      <translation>最適化手法</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/tool.py" line="99" />
      <source>Table</source>
      <translation>表</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/tool.py" line="66" />
      <source>The gradient method</source>
      <translation>勾配法</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/tool.py" line="119" />
      <source>back to Step 1</source>
      <translation>手順1に戻る</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/tool.py" line="117" />
      <source>next step</source>
      <translation>次の手順を実行</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/tool.py" line="118" />
      <source>undo the last step</source>
      <translation>最後の手順を取り消す</translation>
    </message>
  </context>
  <context>
    <name>StepsPanel</name>
    <message>
      <location filename="../../gui/stepper/steps_panel.py" line="106" />
      <source>Step 1: set {x} to an initial value</source>
      <translation>手順1：{x} に初期値を入れる</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/steps_panel.py" line="107" />
      <source>Step 2: g := {g}({arg})</source>
      <translation>手順2：g := {g}({arg})</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/steps_panel.py" line="108" />
      <source>Step 3: {x} := {x} − α g</source>
      <translation>手順3：{x} := {x} − α g</translation>
    </message>
    <message>
      <location filename="../../gui/stepper/steps_panel.py" line="109" />
      <source>Step 4: go back to Step 2</source>
      <translation>手順4：手順2に戻る</translation>
    </message>
  </context>
  <context>
    <name>TaskPanel</name>
    <message>
      <location filename="../../gui/builder/task_panel.py" line="37" />
      <source>(custom network)</source>
      <translation>（独自のネットワーク）</translation>
    </message>
    <message>
      <location filename="../../gui/builder/task_panel.py" line="62" />
      <source>(unnamed)</source>
      <translation>（名前なし）</translation>
    </message>
    <message>
      <location filename="../../gui/builder/task_panel.py" line="40" />
      <source>A ready-made network of the lecture</source>
      <translation>講義で使う既製のネットワーク</translation>
    </message>
    <message>
      <location filename="../../gui/builder/task_panel.py" line="45" />
      <source>Data:</source>
      <translation>データ：</translation>
    </message>
    <message>
      <location filename="../../gui/builder/task_panel.py" line="46" />
      <source>Input:</source>
      <translation>入力：</translation>
    </message>
    <message>
      <location filename="../../gui/builder/task_panel.py" line="48" />
      <source>Loss:</source>
      <translation>損失関数：</translation>
    </message>
    <message>
      <location filename="../../gui/builder/task_panel.py" line="47" />
      <source>Output:</source>
      <translation>出力：</translation>
    </message>
    <message>
      <location filename="../../gui/builder/task_panel.py" line="50" />
      <source>Preset:</source>
      <translation>プリセット：</translation>
    </message>
    <message>
      <location filename="../../gui/builder/task_panel.py" line="42" />
      <source>Replace the network with the preset chosen on the left</source>
      <translation>左で選んだプリセットでネットワークを置き換える</translation>
    </message>
    <message>
      <location filename="../../gui/builder/task_panel.py" line="16" />
      <source>Task</source>
      <translation>タスク</translation>
    </message>
    <message>
      <location filename="../../gui/builder/task_panel.py" line="26" />
      <source>The loss the network learns to make small</source>
      <translation>ネットワークが小さくしようと学習する損失</translation>
    </message>
    <message>
      <location filename="../../gui/builder/task_panel.py" line="41" />
      <source>Use</source>
      <translation>使う</translation>
    </message>
    <message>
      <location filename="../../gui/builder/task_panel.py" line="28" />
      <source>cross-entropy  −Σ t log ŷ</source>
      <translation>交差エントロピー  −Σ t log ŷ</translation>
    </message>
    <message>
      <location filename="../../gui/builder/task_panel.py" line="31" />
      <source>how the mismatch between output ŷ and teacher y is measured</source>
      <translation>出力 ŷ と教師 y のずれの測り方</translation>
    </message>
    <message>
      <location filename="../../gui/builder/task_panel.py" line="27" />
      <source>squared error  ½ Σ |y − ŷ|²</source>
      <translation>二乗誤差  ½ Σ |y − ŷ|²</translation>
    </message>
    <message>
      <location filename="../../gui/builder/task_panel.py" line="69" />
      <source>{0} classes → {1} softmax units (probabilities)</source>
      <translation>{0} クラス → ソフトマックス {1} ユニット（確率）</translation>
    </message>
    <message>
      <location filename="../../gui/builder/task_panel.py" line="71" />
      <source>{0} number(s) → {0} identity unit(s)</source>
      <translation>{0} 個の数 → 恒等関数 {0} ユニット</translation>
    </message>
    <message>
      <location filename="../../gui/builder/task_panel.py" line="62" />
      <source>{0}: {1}</source>
      <translation>{0}：{1}</translation>
    </message>
  </context>
  <context>
    <name>ViewBox</name>
    <message>
      <source>1 button</source>
      <translation>1ボタン</translation>
    </message>
    <message>
      <source>3 button</source>
      <translation>3ボタン</translation>
    </message>
    <message>
      <source>Mouse Mode</source>
      <translation>マウスモード</translation>
    </message>
    <message>
      <source>View All</source>
      <translation>全体を表示</translation>
    </message>
    <message>
      <source>ViewBox options</source>
      <translation>表示範囲の設定</translation>
    </message>
    <message>
      <source>axis</source>
      <translation>軸</translation>
    </message>
  </context>
  <context>
    <name>WalkPanel</name>
    <message>
      <location filename="../../gui/backprop/walk_panel.py" line="26" />
      <source>Back to the start: nothing computed yet (R)</source>
      <translation>最初に戻る：まだ何も計算していない状態 (R)</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/walk_panel.py" line="108" />
      <source>Backward (chain rule: upstream value × local derivative)</source>
      <translation>逆伝播（連鎖律：上流の値 × 局所的な微分）</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/walk_panel.py" line="90" />
      <source>Backward: {done} of {total} nodes</source>
      <translation>逆伝播：{total} 個中 {done} 個のノード</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/walk_panel.py" line="21" />
      <source>Compute the next node: forward first, then backward (Space)</source>
      <translation>次のノードを計算：まず順伝播、次に逆伝播 (Space)</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/walk_panel.py" line="112" />
      <source>Done: every parameter has its gradient ∂L/∂θ. One step of the gradient method θ := θ − α ∂L/∂θ uses them all (tab “One step”).</source>
      <translation>完了：すべてのパラメータに勾配 ∂L/∂θ が求まりました。勾配法の1ステップ θ := θ − α ∂L/∂θ はそれらをすべて使います（「1ステップ」タブ）。</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/walk_panel.py" line="24" />
      <source>Finish the forward and the backward pass at once</source>
      <translation>順伝播と逆伝播を一度に最後まで計算</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/walk_panel.py" line="105" />
      <source>Forward</source>
      <translation>順伝播</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/walk_panel.py" line="87" />
      <source>Forward: {done} of {total} nodes</source>
      <translation>順伝播：{total} 個中 {done} 個のノード</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/walk_panel.py" line="99" />
      <source>Nothing is computed yet. Press &lt;b&gt;Step&lt;/b&gt; to compute the graph node by node from the inputs to the loss (forward), then the gradients from the loss back to the parameters (backward).</source>
      <translation>まだ何も計算していません。&lt;b&gt;ステップ&lt;/b&gt;を押すと、入力から損失までグラフをノードごとに計算し（順伝播）、次に損失からパラメータへ戻りながら勾配を計算します（逆伝播）。</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/walk_panel.py" line="25" />
      <source>Reset</source>
      <translation>リセット</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/walk_panel.py" line="20" />
      <location filename="../../gui/lesson/predictions.py" line="35" />
      <source>Step →</source>
      <translation>ステップ →</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/walk_panel.py" line="73" />
      <source>The session's data does not fit this network (inputs or outputs): a made-up example is traced. Type your own numbers under “Example”.</source>
      <translation>セッションのデータがこのネットワークに合いません（入力か出力の数）。作った例をたどっています。「例」で自分の数を入力してください。</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/walk_panel.py" line="23" />
      <source>To the end</source>
      <translation>最後まで</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/walk_panel.py" line="19" />
      <source>Undo the last step (Backspace)</source>
      <translation>最後のステップを取り消す (Backspace)</translation>
    </message>
    <message>
      <location filename="../../gui/backprop/walk_panel.py" line="18" />
      <source>← Back</source>
      <translation>← 戻る</translation>
    </message>
  </context>
  <context>
    <name>WeightImages</name>
    <message>
      <location filename="../../gui/builder/weight_images.py" line="103" />
      <source>First {0} of {1} units.</source>
      <translation>{1} ユニットのうち最初の {0} 個。</translation>
    </message>
    <message>
      <location filename="../../gui/builder/weight_images.py" line="99" />
      <source>What each unit of layer 1 looks at: its {0} weights as a {1} picture (orange raises the unit, blue lowers it).</source>
      <translation>第1層の各ユニットが見ているもの：{0} 個の重みを {1} の画像として表示（オレンジはユニットの値を上げ、青は下げます）。</translation>
    </message>
    <message>
      <location filename="../../gui/builder/weight_images.py" line="87" />
      <source>With picture data, each first-layer unit's weights are shown here as a picture.</source>
      <translation>写真のデータでは、第1層の各ユニットの重みをここに画像として表示します。</translation>
    </message>
    <message>
      <location filename="../../gui/builder/weight_images.py" line="113" />
      <source>unit {0} of layer 1</source>
      <translation>第1層のユニット {0}</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <location filename="../../gui/welcome.py" line="12" />
      <source>&lt;h1&gt;Gradient Lab&lt;/h1&gt;</source>
      <translation>&lt;h1&gt;勾配ラボ&lt;/h1&gt;</translation>
    </message>
    <message>
      <location filename="../../gui/welcome.py" line="14" />
      <source>&lt;p style='font-size:14pt'&gt;A deep network is only a composite function f&lt;sub&gt;Θ&lt;/sub&gt;(x) = f&lt;sub&gt;L&lt;/sub&gt;(… f&lt;sub&gt;2&lt;/sub&gt;(f&lt;sub&gt;1&lt;/sub&gt;(x))), and learning is moving its parameters Θ downhill on the loss, one gradient step at a time.&lt;/p&gt;&lt;p style='font-size:12pt'&gt;Step 1: set s to a starting value. Step 2: g := f′(s). Step 3: s := s − α g. Step 4: go back to step 2.&lt;/p&gt;</source>
      <translation>&lt;p style='font-size:14pt'&gt;深層ネットワークは合成関数 f&lt;sub&gt;Θ&lt;/sub&gt;(x) = f&lt;sub&gt;L&lt;/sub&gt;(… f&lt;sub&gt;2&lt;/sub&gt;(f&lt;sub&gt;1&lt;/sub&gt;(x))) にすぎません。学習とは、そのパラメータ Θ を損失の下り坂の方向へ、勾配法で一歩ずつ動かすことです。&lt;/p&gt;&lt;p style='font-size:12pt'&gt;手順1：s に初期値を入れる。手順2：g := f′(s)。手順3：s := s − α g。手順4：手順2に戻る。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../gui/welcome.py" line="32" />
      <source>Open the {0} tool</source>
      <translation>{0} ツールを開く</translation>
    </message>
  </context>
</TS>
