"""The explanations (Markdown cells) of exported notebooks, in English and Japanese.

These are documents the user carries away, not the application's interface, so they are
plain text here (the engine never imports Qt). ``{placeholders}`` are filled with
``str.format``; Markdown braces are doubled.
"""

TEXTS = {
    "en": {
        "train_title": "# {title}\n\n"
                       "Exported from **Gradient Lab (勾配ラボ)**: the same experiment as in the app, "
                       "written with PyTorch so that it runs in Google Colab, on a "
                       "GPU and on data sets too big for the desktop.\n\n"
                       "* data: {data}\n* network: {network}\n* loss: {loss}\n* optimizer: {optimizer}\n\n"
                       "Run the cells from top to bottom (*Runtime → Run all*). For a GPU choose "
                       "*Runtime → Change runtime type → GPU*; the code uses it when there is one.",
        "setup": "## 1. Libraries and the device\n\nNumPy for the data (exactly as Gradient Lab makes it), "
                 "PyTorch for the network. `device` is the GPU when Colab gives you one, else the CPU.",
        "data_toy": "## 2. The data\n\nThe toy data set **{name}**: {n} points, noise {noise}, seed {seed}. "
                    "This is the app's own generator, copied here, so the same seed gives exactly the "
                    "same points. Each row of `X` is one point (x₁, x₂); `y` is its class.",
        "data_quadratic": "## 2. The data\n\n{n} points of the lecture's model y = a x² + b x + c "
                          "(a = {a}, b = {b}, c = {c}) with Gaussian noise {noise}, seed {seed}: the app's "
                          "own generator, so the same seed gives the same points. `X` is x, `y` the target.",
        "data_pictures": "## 2. The data: a folder of pictures\n\nOne subfolder per class; each picture "
                         "becomes a vector exactly as in the app: gray (L = 0.299 R + 0.587 G + 0.114 B) or "
                         "RGB, resized to {size}×{size} with anti-aliasing, values divided by the maximum "
                         "into [0, 1], flattened row after row into {n} numbers.\n\n"
                         "Put the folder into your Google Drive and run the next cell to mount it "
                         "(remove the `#` signs), or upload it to the Colab session; then set `FOLDER`.",
        "drive": "# Optional, in Colab only: make your Google Drive visible under /content/drive.\n"
                 "# from google.colab import drive\n"
                 "# drive.mount(\"/content/drive\")",
        "data_drawn": "## 2. The data\n\nYour own points **{name}** ({n} points, drawn or loaded in the app), "
                      "written out below: change a number and run again to see what it does.",
        "data_arrays": "## 2. The data\n\nThe app's data set **{name}** ({n} examples of {inputs} numbers), "
                       "embedded in this notebook.",
        "split": "## 3. Training and validation examples\n\n{percent} of the examples are held out to see how "
                 "the network does on data it never trained on (each class split alike, seeded, as in the app).",
        "no_split": "## 3. Training examples\n\nAll examples are used for training (no validation share).",
        "network": "## 4. The network\n\nEvery layer computes h = σ(x W + b). Gradient Lab writes a layer "
                   "with the input as a row, `x W + b`, where W is (inputs × outputs); PyTorch's "
                   "`nn.Linear` computes `x Aᵀ + b` with A = Wᵀ (outputs × inputs). The numbers are the "
                   "same, only stored transposed.",
        "quadratic_model": "## 4. The model\n\nThe lecture's parametric model f_Θ(x) = a x² + b x + c with "
                           "Θ = {{a, b, c}}: three numbers that training moves so the curve fits the points. "
                           "It starts from a = b = c = 0, as in the app.",
        "quadratic_from_app": " Here it starts from the a, b, c the app had when you exported.",
        "weights_app": "## 5. The starting weights\n\nThe weights the app had when you exported, embedded "
                       "below (an `.npz` file written as text), so the notebook starts where the app "
                       "stopped. Set `START_FROM_APP_WEIGHTS = False` to start from fresh random weights "
                       "drawn exactly as the app draws them from seed {seed}.",
        "weights_seed": "## 5. The starting weights\n\nDrawn exactly as Gradient Lab draws them from seed "
                        "{seed}: He (√(2/n) × a standard normal) before ReLU, Xavier (√(1/n) ×) otherwise, "
                        "biases zero. So this notebook starts from the same network as the app.",
        "loss_squared": "## 6. The loss\n\nThe lecture's squared error L = 1/N Σᵢ ½ |yᵢ − ŷᵢ|², written "
                        "out (PyTorch's `MSELoss` averages over every number and has no ½: a different scale).",
        "loss_softmax": "## 6. The loss\n\nCross-entropy L = −1/N Σᵢ log pᵢ[yᵢ] of the softmax output. The "
                        "softmax and the logarithm are computed together from the scores (PyTorch's "
                        "`cross_entropy`), which never overflows, exactly as the app does.",
        "loss_sigmoid": "## 6. The loss\n\nBinary cross-entropy of the sigmoid outputs, summed over the "
                        "outputs and averaged over the N examples, computed from the scores "
                        "(`binary_cross_entropy_with_logits`) so that nothing overflows.",
        "loss_plain_ce": "## 6. The loss\n\nCross-entropy L = −1/N Σᵢ Σₖ tᵢₖ log ŷᵢₖ, with ŷ kept above 10⁻⁷ "
                         "so the logarithm stays finite (as in the app).",
        "weight_decay": "\n\nL2 weight decay λ = {wd} adds λ/2 Σ |W|² to the loss (biases are not decayed).",
        "optimizer": "## 7. The optimizer\n\n{rule}\n\nLearning rate α = {lr}, mini-batches of {batch}, "
                     "{epochs} epochs, batches shuffled with seed {seed} exactly as in the app.",
        "loop": "## 8. Training\n\nOne epoch = one pass over the training examples in a new random order, "
                "one mini-batch at a time: compute the loss, its gradient by backpropagation "
                "(`loss.backward()`), and move every parameter (`optimizer.step()`).",
        "plot": "## 9. The loss curve",
        "save": "## 10. Take the weights back to Gradient Lab\n\nThis saves the trained network in the app's "
                "own format (`.npz`, W = Aᵀ), to open with *Training → Export / load… → Load a network*.",
        "stepper_title": "# The gradient method on f{args} = {formula}\n\nExported from **Gradient Lab (勾配ラボ)**'s "
                         "stepper. The lecture's four steps, in plain NumPy:\n\n"
                         "1. set the start {x} := {x0}\n2. g := {gname}\n3. {x} := {x} − α g (α = {lr})\n"
                         "4. go back to step 2",
        "stepper_function": "## The function and its exact derivative\n\nWritten out from the formula "
                            "(the derivative is computed symbolically, not by finite differences).",
        "stepper_method": "## The method: {method}\n\n{rule}",
        "stepper_run": "## Run it\n\nThe same table as the stepper shows: t, the point, f there, the gradient, "
                       "and the next point.",
        "stepper_plot": "## The path",
        "network_title": "# The gradient method on the loss of a network over two of its weights\n\n"
                         "Exported from **Gradient Lab (勾配ラボ)**'s stepper. Here f({w1}, {w2}) is **not a "
                         "formula**: it is the loss of the network {arch} on its {n} examples, as a function "
                         "of the two weights {w1} and {w2}, with every other weight fixed; its gradient is "
                         "the network's own backpropagation (the lecture's item 15: do the same with every "
                         "element of W and b).\n\nThis notebook does not rebuild the network: it holds the "
                         "path the app computed. To run the network itself, export the training experiment "
                         "(*File → Export → Notebook…*, the training experiment).\n\n"
                         "Start ({w1}, {w2}) = {x0}, α = {lr}, method: {method}.",
        "network_path": "## The path the app computed\n\n{table}",
    },
    "ja": {
        "train_title": "# {title}\n\n"
                       "**勾配ラボ (Gradient Lab)** から書き出しました。アプリと同じ実験を "
                       "PyTorch で書いたもので、Google Colab で、GPU でも、"
                       "デスクトップには大きすぎるデータでも動きます。\n\n"
                       "* データ: {data}\n* ネットワーク: {network}\n* 損失関数: {loss}\n* 最適化手法: {optimizer}\n\n"
                       "上から順にセルを実行してください（*ランタイム → すべてのセルを実行*）。GPU を使うには "
                       "*ランタイム → ランタイムのタイプを変更 → GPU* を選びます。GPU があれば自動で使います。",
        "setup": "## 1. ライブラリとデバイス\n\nデータは NumPy で（勾配ラボとまったく同じ方法で）作り、"
                 "ネットワークは PyTorch で計算します。`device` は GPU があれば GPU、なければ CPU です。",
        "data_toy": "## 2. データ\n\nトイデータ **{name}**: {n} 点、ノイズ {noise}、シード {seed}。"
                    "アプリの生成関数をそのまま写したので、同じシードならまったく同じ点になります。"
                    "`X` の各行が 1 つの点 (x₁, x₂)、`y` がそのクラスです。",
        "data_quadratic": "## 2. データ\n\n講義のモデル y = a x² + b x + c（a = {a}, b = {b}, c = {c}）に"
                          "ガウスノイズ {noise} を加えた {n} 点（シード {seed}）。アプリの生成関数そのものなので、"
                          "同じシードなら同じ点になります。`X` が x、`y` が教師データです。",
        "data_pictures": "## 2. データ: 画像のフォルダ\n\nクラスごとに 1 つのサブフォルダ。各画像はアプリとまったく同じ方法で"
                         "ベクトルになります: グレー（L = 0.299 R + 0.587 G + 0.114 B）または RGB、"
                         "アンチエイリアスで {size}×{size} に縮小、最大値で割って [0, 1] に、"
                         "行ごとに並べて {n} 個の数にします。\n\n"
                         "フォルダを Google ドライブに置いて次のセルでマウントするか（`#` を消して実行）、"
                         "Colab にアップロードして、`FOLDER` を設定してください。",
        "drive": "# 任意（Colab のみ）: Google ドライブを /content/drive に表示します。\n"
                 "# from google.colab import drive\n"
                 "# drive.mount(\"/content/drive\")",
        "data_drawn": "## 2. データ\n\n自分の点 **{name}**（{n} 個。アプリで描いたか読み込んだもの）を下に"
                      "書き出しました。数を変えてもう一度実行すると、どうなるかを確かめられます。",
        "data_arrays": "## 2. データ\n\nアプリのデータ **{name}**（{inputs} 個の数からなる例が {n} 個）を"
                       "このノートブックに埋め込みました。",
        "split": "## 3. 学習用と検証用のデータ\n\n例の {percent} を取り分け、学習に使わなかったデータでの"
                 "性能を確かめます（クラスごとに同じ割合、シード付きで、アプリと同じ分け方）。",
        "no_split": "## 3. 学習用データ\n\nすべての例を学習に使います（検証用の取り分けなし）。",
        "network": "## 4. ネットワーク\n\n各層は h = σ(x W + b) を計算します。勾配ラボは入力を行ベクトルとして "
                   "`x W + b` と書き、W は（入力数 × 出力数）です。PyTorch の `nn.Linear` は "
                   "`x Aᵀ + b`（A = Wᵀ、出力数 × 入力数）を計算します。数は同じで、転置して保存しているだけです。",
        "quadratic_model": "## 4. モデル\n\n講義のパラメトリックモデル f_Θ(x) = a x² + b x + c（Θ = {{a, b, c}}）。"
                           "学習でこの 3 つの数を動かして、曲線を点に合わせます。アプリと同じく a = b = c = 0 から始めます。",
        "quadratic_from_app": "ここでは書き出したときのアプリの a, b, c から始めます。",
        "weights_app": "## 5. 重みの初期値\n\n書き出したときのアプリの重みを下に埋め込みました（テキストにした "
                       "`.npz` ファイル）。ノートブックはアプリが止まったところから始まります。"
                       "`START_FROM_APP_WEIGHTS = False` にすると、アプリと同じ方法でシード {seed} から"
                       "新しい乱数の重みを作ります。",
        "weights_seed": "## 5. 重みの初期値\n\n勾配ラボと同じ方法でシード {seed} から作ります: ReLU の前は He"
                        "（√(2/n) × 標準正規分布）、それ以外は Xavier（√(1/n) ×）、バイアスは 0。"
                        "つまりアプリと同じネットワークから始まります。",
        "loss_squared": "## 6. 損失関数\n\n講義の二乗誤差 L = 1/N Σᵢ ½ |yᵢ − ŷᵢ|² をそのまま書きました"
                        "（PyTorch の `MSELoss` はすべての数で平均し ½ もないので、大きさが違います）。",
        "loss_softmax": "## 6. 損失関数\n\nソフトマックス出力の交差エントロピー L = −1/N Σᵢ log pᵢ[yᵢ]。"
                        "ソフトマックスと対数をスコアからまとめて計算する（PyTorch の `cross_entropy`）ので、"
                        "アプリと同じくオーバーフローしません。",
        "loss_sigmoid": "## 6. 損失関数\n\nシグモイド出力の二値交差エントロピーを出力について足し、N 個の例で平均します。"
                        "スコアから計算する（`binary_cross_entropy_with_logits`）のでオーバーフローしません。",
        "loss_plain_ce": "## 6. 損失関数\n\n交差エントロピー L = −1/N Σᵢ Σₖ tᵢₖ log ŷᵢₖ。対数が有限になるよう "
                         "ŷ は 10⁻⁷ 以上に保ちます（アプリと同じ）。",
        "weight_decay": "\n\nL2 正則化（荷重減衰）λ = {wd}: 損失に λ/2 Σ |W|² を加えます（バイアスには加えません）。",
        "optimizer": "## 7. 最適化手法\n\n{rule}\n\n学習率 α = {lr}、ミニバッチ {batch} 個、{epochs} エポック。"
                     "バッチの順番はアプリと同じくシード {seed} で並べ替えます。",
        "loop": "## 8. 学習\n\n1 エポック = 学習データを新しいランダムな順に 1 周すること。ミニバッチごとに、"
                "損失を計算し、誤差逆伝播法で勾配を求め（`loss.backward()`）、すべてのパラメータを動かします"
                "（`optimizer.step()`）。",
        "plot": "## 9. 損失の推移",
        "save": "## 10. 重みを勾配ラボに戻す\n\n学習したネットワークをアプリの形式（`.npz`、W = Aᵀ）で保存します。"
                "*学習 → 書き出し / 読み込み… → ネットワークを読み込む* で開けます。",
        "stepper_title": "# f{args} = {formula} の勾配法\n\n**勾配ラボ (Gradient Lab)** のステッパーから書き出しました。"
                         "講義の 4 つのステップを NumPy だけで:\n\n"
                         "1. 初期値 {x} := {x0} を決める\n2. g := {gname}\n3. {x} := {x} − α g（α = {lr}）\n"
                         "4. ステップ 2 に戻る",
        "stepper_function": "## 関数とその厳密な導関数\n\n式から書き出しました（導関数は差分近似ではなく記号的に求めています）。",
        "stepper_method": "## 方法: {method}\n\n{rule}",
        "stepper_run": "## 実行\n\nステッパーと同じ表: t、点、そこでの f、勾配、次の点。",
        "stepper_plot": "## 点の軌跡",
        "network_title": "# ネットワークの損失を 2 つの重みの関数として勾配法\n\n"
                         "**勾配ラボ (Gradient Lab)** のステッパーから書き出しました。ここで f({w1}, {w2}) は"
                         "**式ではありません**。ネットワーク {arch} の {n} 個の例での損失を、2 つの重み {w1} と "
                         "{w2} の関数と見たものです（ほかの重みはすべて固定）。勾配はネットワーク自身の誤差逆伝播で"
                         "求めています（講義の項目 15: W と b のすべての要素で同じことをする）。\n\n"
                         "このノートブックはネットワークを作り直しません。アプリが計算した軌跡を収めています。"
                         "ネットワークそのものを動かすには、学習の実験を書き出してください"
                         "（*ファイル → 書き出し → ノートブック…* で学習の実験）。\n\n"
                         "初期値 ({w1}, {w2}) = {x0}、α = {lr}、方法: {method}。",
        "network_path": "## アプリが計算した軌跡\n\n{table}",
    },
}

# The update rule of each optimizer, as the engine writes it (optimizers.py).
RULES = {
    "en": {
        "sgd": "The gradient method (SGD): p := p − α g. PyTorch's `torch.optim.SGD` does exactly this.",
        "momentum": "Momentum: v := μ v − α g; p := p + v (μ = {momentum}). PyTorch's `SGD(momentum=μ)` "
                    "keeps b = v / (−α) instead, which is the same move for a constant α.",
        "nesterov": "Nesterov momentum: v := μ v − α g; p := p + μ v − α g (μ = {momentum}); PyTorch's "
                    "`SGD(momentum=μ, nesterov=True)` is the same rule.",
        "adagrad": "AdaGrad: h := h + g²; p := p − α g / (√h + ε) with the app's ε = 10⁻⁷ "
                   "(PyTorch's default is 10⁻¹⁰, so it is set explicitly).",
        "rmsprop": "RMSProp: h := ρ h + (1 − ρ) g²; p := p − α g / (√h + ε), ρ = {decay}, ε = 10⁻⁸ "
                   "(PyTorch's `RMSprop(alpha=ρ)`).",
        "adam": "Adam: m := β₁ m + (1 − β₁) g; v := β₂ v + (1 − β₂) g²; p := p − α m̂ / (√v̂ + ε) with "
                "the bias-corrected m̂, v̂; β₁ = {beta1}, β₂ = {beta2}, ε = 10⁻⁸ (PyTorch's `Adam`).",
    },
    "ja": {
        "sgd": "勾配法 (SGD): p := p − α g。PyTorch の `torch.optim.SGD` はまさにこれです。",
        "momentum": "モーメンタム: v := μ v − α g; p := p + v（μ = {momentum}）。PyTorch の `SGD(momentum=μ)` は "
                    "b = v / (−α) を持ちますが、α が一定なら同じ動きです。",
        "nesterov": "ネステロフのモーメンタム: v := μ v − α g; p := p + μ v − α g（μ = {momentum}）。PyTorch の "
                    "`SGD(momentum=μ, nesterov=True)` と同じ規則です。",
        "adagrad": "AdaGrad: h := h + g²; p := p − α g / (√h + ε)。ε はアプリと同じ 10⁻⁷"
                   "（PyTorch の既定値は 10⁻¹⁰ なので明示します）。",
        "rmsprop": "RMSProp: h := ρ h + (1 − ρ) g²; p := p − α g / (√h + ε)、ρ = {decay}、ε = 10⁻⁸"
                   "（PyTorch の `RMSprop(alpha=ρ)`）。",
        "adam": "Adam: m := β₁ m + (1 − β₁) g; v := β₂ v + (1 − β₂) g²; p := p − α m̂ / (√v̂ + ε)"
                "（m̂, v̂ は偏りを補正した値）; β₁ = {beta1}, β₂ = {beta2}, ε = 10⁻⁸（PyTorch の `Adam`）。",
    },
}

LOSS_NAMES = {
    "en": {"squared_error": "squared error ½|y − ŷ|²", "cross_entropy": "cross-entropy"},
    "ja": {"squared_error": "二乗誤差 ½|y − ŷ|²", "cross_entropy": "交差エントロピー"},
}

TITLES = {
    "en": {"training": "Training a network in PyTorch", "sgd": "gradient descent"},
    "ja": {"training": "PyTorch でネットワークを学習する", "sgd": "勾配降下法"},
}


MARKDOWN_SPECIAL = set("\\`*_{}[]()#+-.!|<>~&$:")   # what CommonMark (and Jupyter's $…$) would read


def markdown_escape(value):
    """User text (a data set's name, a formula) as Markdown that shows exactly that text: one
    line, every character Markdown or HTML would interpret escaped with a backslash."""
    value = " ".join(str(value).split())
    value = "".join(c if c.isprintable() else "\ufffd" for c in value)
    return "".join("\\" + c if c in MARKDOWN_SPECIAL else c for c in value)


def text(language, key, **values):
    table = TEXTS.get(language, TEXTS["en"])
    return table[key].format(**values)


def rule(language, optimizer, **values):
    table = RULES.get(language, RULES["en"])
    return table[optimizer].format(**values)
